package dev.stageline.blueprint;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * Layers run customer, frontstage, backstage, support from top to bottom, and the lanes of one
 * layer sit together: both hold exactly when the layers never go back up from one lane to the next.
 * Lanes are ordered as drawn when every lane has a shape, else as written in the file.
 */
final class LayerOrderRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    List<Lane> lanes = LanesRule.layerLanes(bpmn).stream()
        .filter(lane -> layer(lane) != null)
        .toList();
    List<Lane> ordered = drawnOrder(bpmn, lanes);
    for (int i = 1; i < ordered.size(); i++) {
      Lane upper = ordered.get(i - 1);
      Lane lower = ordered.get(i);
      if (layer(upper).compareTo(layer(lower)) > 0) {
        problems.error(upper.getId(), Labels.brief(upper) + " (" + layer(upper).id() + ") lies above "
            + Labels.brief(lower) + " (" + layer(lower).id() + "): layers run " + LaneLayerRule.ALLOWED
            + " from top to bottom, and the lanes of one layer sit together. Move the lanes into that order.");
        return;
      }
    }
  }

  private static Layer layer(Lane lane) {
    return Layer.fromId(BlueprintModel.attribute(lane, BlueprintProfile.LAYER)).orElse(null);
  }

  /** Top to bottom (left to right in a vertical pool) when every lane is drawn, else document order. */
  private static List<Lane> drawnOrder(BpmnModelInstance bpmn, List<Lane> lanes) {
    Map<String, Double> position = new HashMap<>();
    for (BpmnShape shape : bpmn.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() instanceof Lane lane && shape.getBounds() != null) {
        // read the attribute itself: the typed getter cannot tell "false" from "not written"
        boolean vertical = "false".equals(shape.getAttributeValue("isHorizontal"));
        position.put(lane.getId(), vertical ? shape.getBounds().getX() : shape.getBounds().getY());
      }
    }
    if (!lanes.stream().allMatch(lane -> position.containsKey(lane.getId()))) {
      return lanes;
    }
    return lanes.stream().sorted(Comparator.comparing(lane -> position.get(lane.getId()))).toList();
  }
}
