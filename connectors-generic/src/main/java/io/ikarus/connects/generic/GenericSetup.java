package io.ikarus.connects.generic;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.generic.internal.Limits;
import io.ikarus.connects.generic.internal.Vars;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;

/**
 * What a builder hands a generic connector's constructor.
 *
 * @param baseUrl the builder's base URL, or null for the configuration's {@code base.url}
 * @param defaultObject the builder's default object, or null
 */
record GenericSetup(
    Api api,
    AuthProvider auth,
    ClientOptions options,
    VendorDefaults defaults,
    Limits limits,
    Vars vars,
    boolean graphql,
    URI baseUrl,
    String defaultObject) {}
