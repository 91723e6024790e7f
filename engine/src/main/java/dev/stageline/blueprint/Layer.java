package dev.stageline.blueprint;

import java.util.Arrays;
import java.util.Optional;

/** The four layers of a service blueprint, in their top-to-bottom order (DESIGN §2). */
public enum Layer {
  CUSTOMER("customer"),
  FRONTSTAGE("frontstage"),
  BACKSTAGE("backstage"),
  SUPPORT("support");

  private final String id;

  Layer(String id) {
    this.id = id;
  }

  /** The value written in the BPMN attribute and used in JSON. */
  public String id() {
    return id;
  }

  /** The layer written as {@code value}, if it names one. */
  public static Optional<Layer> fromId(String value) {
    return Arrays.stream(values()).filter(layer -> layer.id.equals(value)).findFirst();
  }

  /** True for the layers below the line of visibility. */
  public boolean belowLineOfVisibility() {
    return this == BACKSTAGE || this == SUPPORT;
  }
}
