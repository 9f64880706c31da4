module consumer.app {
  requires io.ikarus.connects.core;
  requires io.ikarus.connects.hubspot;
}
