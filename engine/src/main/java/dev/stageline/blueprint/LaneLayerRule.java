package dev.stageline.blueprint;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;

/** Every lane belongs to one of the four layers. */
final class LaneLayerRule implements BlueprintRule {

  static final String ALLOWED = Arrays.stream(Layer.values()).map(Layer::id).collect(Collectors.joining(", "));

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (Lane lane : LanesRule.layerLanes(bpmn)) {
      String layer = BlueprintModel.attribute(lane, BlueprintProfile.LAYER);
      if (layer == null || layer.isBlank()) {
        problems.error(lane.getId(), Labels.of(lane) + " has no layer: set blueprint:layer to one of " + ALLOWED + ".");
      } else if (Layer.fromId(layer).isEmpty()) {
        problems.error(lane.getId(), Labels.of(lane) + " has layer '" + layer + "', which is not a layer: use one of "
            + ALLOWED + ".");
      }
    }
  }
}
