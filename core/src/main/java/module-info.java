/**
 * The Ikarus Connects core: the portable CRM API ({@code io.ikarus.connects} and its public
 * sub-packages) and the SPI connector modules build on ({@code io.ikarus.connects.spi}).
 *
 * <p>Internal packages are not exported. Connector jars are found through {@link
 * io.ikarus.connects.spi.ConnectorProvider} services.
 */
module io.ikarus.connects.core {
  // ClientOptions.Builder.httpClient(OkHttpClient) is the one third-party type in the API.
  requires transitive okhttp3;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.nimbusds.jose.jwt;
  requires dev.failsafe.core;
  requires com.google.i18n.phonenumbers.libphonenumber;
  requires org.slf4j;

  exports io.ikarus.connects;
  exports io.ikarus.connects.auth;
  exports io.ikarus.connects.error;
  exports io.ikarus.connects.event;
  exports io.ikarus.connects.mapping;
  exports io.ikarus.connects.memory;
  exports io.ikarus.connects.resilience;
  exports io.ikarus.connects.spi;
  exports io.ikarus.connects.sync;

  // Jackson binds the SDK's own JSON (state files, mapping configs) by reflection.
  opens io.ikarus.connects.internal.json to
      com.fasterxml.jackson.databind;
  opens io.ikarus.connects.internal.mapping to
      com.fasterxml.jackson.databind;
  opens io.ikarus.connects.internal.sync to
      com.fasterxml.jackson.databind;

  uses io.ikarus.connects.spi.ConnectorProvider;
}
