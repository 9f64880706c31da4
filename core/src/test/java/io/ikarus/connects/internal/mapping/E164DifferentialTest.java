package io.ikarus.connects.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The E.164 fast path gives exactly what the parser gives, for every input it takes. */
class E164DifferentialTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @Test
  void fastPathAgreesWithTheParserOnExampleAndRandomNumbers() {
    PhoneNumbers slow = PhoneNumbers.forCountry("US");
    List<String> inputs = candidates(new Random(42));
    int fast = 0;
    for (String s : inputs) {
      if (E164.isCanonical(s)) {
        fast++;
        assertThat(slow.parsed(s)).as(s).isEqualTo(s);
      }
    }
    assertThat(fast).as("inputs on the fast path").isGreaterThan(inputs.size() / 4);
  }

  @Test
  void trunkPrefixAfterTheCountryCodeIsNotFast() {
    assertThat(E164.isCanonical("+4402079460958")).isFalse();
    assertThat(E164.isCanonical("+442079460958")).isTrue();
    assertThat(E164.isCanonical("+390612345678")).isFalse();
    assertThat(E164.isCanonical("+44 2079460958")).isFalse();
  }

  private static List<String> candidates(Random random) {
    List<String> out = new ArrayList<>();
    for (String region : UTIL.getSupportedRegions()) {
      for (PhoneNumberType type : UTIL.getSupportedTypesForRegion(region)) {
        PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        if (example != null) {
          String e164 = UTIL.format(example, PhoneNumberFormat.E164);
          out.add(e164);
          out.add(mutate(e164, random));
          out.add(mutate(e164, random));
        }
      }
    }
    for (int code : UTIL.getSupportedCallingCodes()) {
      for (int i = 0; i < 20; i++) {
        out.add(randomNumber(code, random));
      }
    }
    return out;
  }

  private static String mutate(String e164, Random random) {
    char[] chars = e164.toCharArray();
    int at = 2 + random.nextInt(chars.length - 2);
    chars[at] = (char) ('0' + random.nextInt(10));
    return new String(chars);
  }

  private static String randomNumber(int code, Random random) {
    StringBuilder sb = new StringBuilder("+").append(code);
    int length = 4 + random.nextInt(12);
    for (int i = 0; i < length && sb.length() < 16; i++) {
      sb.append(random.nextInt(10));
    }
    return sb.toString();
  }
}
