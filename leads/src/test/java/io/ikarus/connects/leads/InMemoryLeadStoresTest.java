package io.ikarus.connects.leads;

import io.ikarus.connects.leads.store.LeadStores;

class InMemoryLeadStoresTest extends LeadStoresContract {

  @Override
  protected LeadStores stores() {
    return LeadStores.inMemory();
  }
}
