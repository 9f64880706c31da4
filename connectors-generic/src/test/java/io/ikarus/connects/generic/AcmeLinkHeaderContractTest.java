package io.ikarus.connects.generic;

/** RestConnector paging by RFC 8288 {@code Link} headers, held to the contract. */
class AcmeLinkHeaderContractTest extends AcmeContract {

  @Override
  String config() {
    return "acme-link";
  }
}
