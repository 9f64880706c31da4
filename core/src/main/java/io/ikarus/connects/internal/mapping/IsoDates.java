package io.ikarus.connects.internal.mapping;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The fast path of {@link DateTimes} for the ISO 8601 shapes CRMs write: {@code
 * 2024-03-01T10:15:30Z}, with or without seconds and a fraction of 1 to 9 digits, with an offset
 * {@code Z}, {@code +01:00} or {@code +0100} or none, or a date alone ({@code 2024-03-01}). Every
 * field must be in range (a valid day of its month, hours to 23, offsets up to 17:59); anything
 * else, lower-case {@code t} or {@code z} included, is left to the formatter, whose lenient cases
 * (such as {@code 24:00}) stay as they were. A differential test checks both paths agree.
 */
final class IsoDates {

  /** Days from 0000-01-01 to 1970-01-01. */
  private static final long DAYS_0000_TO_1970 = (146_097 * 5L) - (30L * 365L + 7L);

  private IsoDates() {}

  /**
   * The instant {@code s} names, zone-less values read in {@code zone}; null to ask the formatter.
   */
  static Instant parse(String s, ZoneId zone) {
    int n = s.length();
    if (n < 10
        || !digits(s, 0, 4)
        || s.charAt(4) != '-'
        || !digits(s, 5, 7)
        || s.charAt(7) != '-'
        || !digits(s, 8, 10)) {
      return null;
    }
    int year = num(s, 0, 4);
    int month = num(s, 5, 7);
    int day = num(s, 8, 10);
    if (month < 1 || month > 12 || day < 1 || day > length(year, month)) {
      return null;
    }
    if (n == 10) {
      return LocalDateTime.of(year, month, day, 0, 0).atZone(zone).toInstant();
    }
    if (n < 16
        || s.charAt(10) != 'T'
        || !digits(s, 11, 13)
        || s.charAt(13) != ':'
        || !digits(s, 14, 16)) {
      return null;
    }
    int hour = num(s, 11, 13);
    int minute = num(s, 14, 16);
    int second = 0;
    int nano = 0;
    int i = 16;
    if (i < n && s.charAt(i) == ':') {
      if (i + 3 > n || !digits(s, i + 1, i + 3)) {
        return null;
      }
      second = num(s, i + 1, i + 3);
      i += 3;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 10 && isDigit(s.charAt(i))) {
          i++;
        }
        int width = i - start;
        if (width < 1 || width > 9) {
          return null;
        }
        nano = num(s, start, i);
        for (int w = width; w < 9; w++) {
          nano *= 10;
        }
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    if (i == n) {
      return LocalDateTime.of(year, month, day, hour, minute, second, nano)
          .atZone(zone)
          .toInstant();
    }
    ZoneOffset offset = offset(s, i);
    if (offset == null) {
      return null;
    }
    long seconds = epochDay(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    return Instant.ofEpochSecond(seconds - offset.getTotalSeconds(), nano);
  }

  /**
   * Days from 1970-01-01 to a valid date of a year from 0 to 9999, as {@code LocalDate.toEpochDay}
   * counts them, without building the date and its time.
   */
  static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      total -= Year.isLeap(year) ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }

  /** {@code Z}, {@code +HH:MM} or {@code +HHMM} from {@code i} to the end; null for others. */
  private static ZoneOffset offset(String s, int i) {
    int n = s.length();
    char sign = s.charAt(i);
    if (sign == 'Z' && i + 1 == n) {
      return ZoneOffset.UTC;
    }
    if (sign != '+' && sign != '-' || !digits(s, i + 1, Math.min(n, i + 3)) || i + 3 > n) {
      return null;
    }
    int minutesAt;
    if (n == i + 6 && s.charAt(i + 3) == ':') {
      minutesAt = i + 4;
    } else if (n == i + 5) {
      minutesAt = i + 3;
    } else {
      return null;
    }
    if (!digits(s, minutesAt, minutesAt + 2)) {
      return null;
    }
    int hours = num(s, i + 1, i + 3);
    int minutes = num(s, minutesAt, minutesAt + 2);
    if (hours > 17 || minutes > 59) {
      return null;
    }
    int m = sign == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(m * hours, m * minutes);
  }

  private static int length(int year, int month) {
    return Month.of(month).length(Year.isLeap(year));
  }

  private static boolean digits(String s, int from, int to) {
    if (to > s.length() || from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
