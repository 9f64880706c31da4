package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.FakeRequest;
import java.util.List;

/**
 * One versioned REST call: the request, the API version and the path segments after {@code
 * /services/data/vXX.X/}.
 *
 * @param request the request
 * @param version the major API version
 * @param path the segments after the version
 */
record SfCall(FakeRequest request, int version, List<String> path) {

  String method() {
    return request.method();
  }

  String segment(int index) {
    return path.get(index);
  }

  /** This call with the first {@code count} path segments consumed. */
  SfCall skip(int count) {
    return new SfCall(request, version, path.subList(count, path.size()));
  }

  /** {@code /services/data/vXX.X}. */
  String base() {
    return "/services/data/v" + version + ".0";
  }
}
