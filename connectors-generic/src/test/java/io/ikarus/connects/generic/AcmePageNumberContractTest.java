package io.ikarus.connects.generic;

/** RestConnector paging by page number and size, held to the contract. */
class AcmePageNumberContractTest extends AcmeContract {

  @Override
  String config() {
    return "acme-pages";
  }
}
