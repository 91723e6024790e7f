package dev.stageline.blueprint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What Stageline reads from a blueprint: its lanes with layer and role, its steps with their
 * targets, and the case target. Reading is lenient — missing or malformed values become
 * {@code null}; {@link BlueprintValidator} is what reports them.
 */
public record BlueprintModel(String key, String name, List<LaneInfo> lanes, List<Step> steps, Target caseTarget) {

  /** A lane of the pool. {@code layer} is null when the lane names no known layer. */
  public record LaneInfo(String id, String name, Layer layer, String role) {
  }

  /**
   * One flow node of the blueprint. {@code target} is null when the step has no valid target
   * duration.
   */
  public record Step(String id, String name, String type, String laneId, Layer layer, Target target) {
  }

  /** A service standard: {@code share} of executions must take at most {@code durationMillis}. */
  public record Target(long durationMillis, double share) {

    /** True when one execution of {@code millis} meets the target duration. */
    public boolean isMetBy(long millis) {
      return millis <= durationMillis;
    }
  }

  /** The step with {@code id}, if the blueprint has one. */
  public Optional<Step> step(String id) {
    return steps.stream().filter(step -> step.id().equals(id)).findFirst();
  }

  /** Reads the first executable process (or the first process) of {@code bpmn}. */
  public static BlueprintModel of(BpmnModelInstance bpmn) {
    Process process = mainProcess(bpmn);
    if (process == null) {
      return new BlueprintModel(null, null, List.of(), List.of(), null);
    }
    double defaultShare = parseShare(attribute(process, BlueprintProfile.DEFAULT_TARGET_SHARE))
        .orElse(BlueprintProfile.DEFAULT_SHARE);

    List<LaneInfo> lanes = new ArrayList<>();
    Map<String, LaneInfo> laneOfNode = new LinkedHashMap<>();
    for (LaneSet laneSet : process.getLaneSets()) {
      collectLanes(laneSet.getLanes(), lanes, laneOfNode);
    }

    List<Step> steps = new ArrayList<>();
    Map<String, Bounds> shapes = shapeBounds(bpmn);
    collectSteps(inDrawingOrder(shapes, process.getChildElementsByType(FlowNode.class)), null, laneOfNode, shapes,
        defaultShare, steps);

    return new BlueprintModel(process.getId(), process.getName(), List.copyOf(lanes), List.copyOf(steps),
        target(process, defaultShare));
  }

  /** The process Stageline runs: the first executable one, else the first one. */
  static Process mainProcess(BpmnModelInstance bpmn) {
    Collection<Process> processes = bpmn.getModelElementsByType(Process.class);
    return processes.stream().filter(Process::isExecutable).findFirst()
        .orElse(processes.stream().findFirst().orElse(null));
  }

  private static void collectLanes(Collection<Lane> candidates, List<LaneInfo> lanes, Map<String, LaneInfo> laneOfNode) {
    for (Lane lane : candidates) {
      if (lane.getChildLaneSet() != null && !lane.getChildLaneSet().getLanes().isEmpty()) {
        collectLanes(lane.getChildLaneSet().getLanes(), lanes, laneOfNode);
        continue;
      }
      LaneInfo info = new LaneInfo(lane.getId(), lane.getName(),
          Layer.fromId(attribute(lane, BlueprintProfile.LAYER)).orElse(null), blankToNull(attribute(lane, BlueprintProfile.ROLE)));
      lanes.add(info);
      for (FlowNode node : lane.getFlowNodeRefs()) {
        laneOfNode.putIfAbsent(node.getId(), info);
      }
    }
  }

  /**
   * {@code nodes} left to right as drawn (then top to bottom), the way people read a blueprint;
   * nodes without a shape follow the drawn ones in the order the file lists them.
   */
  private static List<FlowNode> inDrawingOrder(Map<String, Bounds> bounds, Collection<FlowNode> nodes) {
    Map<String, Integer> fileOrder = new HashMap<>();
    nodes.stream().findFirst().map(node -> node.getDomElement().getParentElement()).ifPresent(parent ->
        parent.getChildElements().forEach(child -> fileOrder.putIfAbsent(child.getAttribute("id"), fileOrder.size())));
    Comparator<FlowNode> byPosition = Comparator
        .comparing((FlowNode node) -> !bounds.containsKey(node.getId()))
        .thenComparingDouble(node -> bounds.containsKey(node.getId()) ? bounds.get(node.getId()).getX() : 0)
        .thenComparingDouble(node -> bounds.containsKey(node.getId()) ? bounds.get(node.getId()).getY() : 0)
        .thenComparingInt(node -> fileOrder.getOrDefault(node.getId(), Integer.MAX_VALUE));
    return nodes.stream().sorted(byPosition).toList();
  }

  /** The bounds of every drawn element, by element id. */
  static Map<String, Bounds> shapeBounds(BpmnModelInstance bpmn) {
    Map<String, Bounds> bounds = new HashMap<>();
    for (BpmnShape shape : bpmn.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null && shape.getBounds() != null) {
        bounds.put(shape.getBpmnElement().getId(), shape.getBounds());
      }
    }
    return bounds;
  }

  private static void collectSteps(Collection<FlowNode> nodes, LaneInfo enclosingLane, Map<String, LaneInfo> laneOfNode,
      Map<String, Bounds> shapes, double defaultShare, List<Step> steps) {
    for (FlowNode node : nodes) {
      LaneInfo lane = laneOfNode.getOrDefault(node.getId(), enclosingLane);
      steps.add(new Step(node.getId(), node.getName(), node.getElementType().getTypeName(),
          lane == null ? null : lane.id(), lane == null ? null : lane.layer(), target(node, defaultShare)));
      if (node instanceof SubProcess subProcess) {
        collectSteps(inDrawingOrder(shapes, subProcess.getChildElementsByType(FlowNode.class)), lane, laneOfNode,
            shapes, defaultShare, steps);
      }
    }
  }

  private static Target target(ModelElementInstance element, double defaultShare) {
    Optional<Long> duration = IsoDurations.parseMillis(attribute(element, BlueprintProfile.TARGET_DURATION));
    if (duration.isEmpty()) {
      return null;
    }
    double share = parseShare(attribute(element, BlueprintProfile.TARGET_SHARE)).orElse(defaultShare);
    return new Target(duration.get(), share);
  }

  /** The share written as {@code value}, when it is a number in (0, 1]. */
  static Optional<Double> parseShare(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      double share = Double.parseDouble(value.trim());
      return share > 0 && share <= 1 ? Optional.of(share) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A blueprint-namespace attribute of {@code element}, or null. */
  static String attribute(ModelElementInstance element, String name) {
    return element.getAttributeValueNs(BlueprintProfile.NAMESPACE, name);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
