package io.ikarus.connects.generic;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.generic.internal.Vars;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.spi.VendorDefaults;

/** What a builder hands a generic connector's constructor. */
record GenericSetup(
    Api api,
    AuthProvider auth,
    ClientOptions options,
    VendorDefaults defaults,
    Vars vars,
    boolean graphql) {}
