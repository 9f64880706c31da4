package io.ikarus.connects.generic.fakes;

import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.spi.Json;
import io.ikarus.connects.testkit.AbstractFake;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The base of this module's small strict fakes: the testkit's {@link AbstractFake} (journal,
 * injected failures) with a {@link RecordTable}. Subclasses answer requests.
 */
public abstract class SmallFake extends AbstractFake implements VendorApi {

  /** The records this fake serves. */
  protected final RecordTable table = new RecordTable(Clock.systemUTC());

  /** Starts the fake on a free port. */
  protected SmallFake() {
    super(Clock.systemUTC());
    serve(this, 0);
  }

  /** The requests served, failures included. */
  public int requestCount() {
    return journal().count();
  }

  /** The methods and paths of the requests served, in order. */
  public List<String> paths() {
    return journal().calls().stream().map(c -> c.method() + " " + c.path()).toList();
  }

  /** The contract's view of this fake. */
  public ContractServer contractServer() {
    return new ContractServer() {
      @Override
      public int requestCount() {
        return SmallFake.this.requestCount();
      }

      @Override
      public void failNext(int count, int status, Duration retryAfter) {
        Map<String, String> headers =
            retryAfter == null ? Map.of() : Map.of("Retry-After", "" + retryAfter.toSeconds());
        faults().respondNext(count, c -> true, status, null, headers);
      }
    };
  }

  /** A JSON reply. */
  protected static FakeResponse json(int status, Object body) {
    return FakeResponse.json(status, Json.write(body));
  }

  /** The request body as a JSON object. */
  protected static Map<String, Object> body(FakeRequest request) {
    return Json.parseObject(request.body());
  }
}
