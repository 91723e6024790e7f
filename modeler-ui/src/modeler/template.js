/**
 * The starting point of a new blueprint: one pool with a lane per layer, named and with a
 * team, a start event, and everything the engine and the desktop Camunda Modeler expect
 * (executable, history time to live, full diagram information, execution platform).
 */

const LANES = [
  { id: 'Lane_Customer', name: 'Customer', layer: 'customer', role: 'front-office' },
  { id: 'Lane_FrontStage', name: 'Front stage', layer: 'frontstage', role: 'front-office' },
  { id: 'Lane_BackStage', name: 'Back stage', layer: 'backstage', role: 'back-office' },
  { id: 'Lane_Support', name: 'Support', layer: 'support', role: 'support-team' }
];

const POOL = { x: 160, y: 60, width: 1200, height: 640 };
const LANE_HEIGHT = POOL.height / LANES.length;
const LABEL_BAND = 30;

/** A blueprint key (the process id) made from a name: "Coffee to go" → "coffee-to-go". */
export function keyFromName(name) {
  const slug = String(name).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(slug) ? slug : 'blueprint-' + (slug || 'new');
}

/** Why a key cannot be a process id, or null when it can. */
export function checkKey(key) {
  if (!key) {
    return 'Give the blueprint a key, e.g. coffee-to-go.';
  }
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) ? null
    : 'A key starts with a letter and holds only letters, digits, "-", "_" or ".".';
}

function escape(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * @param {{key: string, name: string}} blueprint
 * @return {string} BPMN 2.0 XML
 */
export function newBlueprintXml({ key, name }) {
  const n = escape(name);
  const laneXml = LANES.map((lane) => `      <bpmn:lane id="${lane.id}" name="${lane.name}" blueprint:layer="${lane.layer}" blueprint:role="${lane.role}">${
    lane.layer === 'customer' ? '\n        <bpmn:flowNodeRef>StartEvent_1</bpmn:flowNodeRef>\n      ' : ''}</bpmn:lane>`).join('\n');
  const laneDi = LANES.map((lane, index) => `      <bpmndi:BPMNShape id="${lane.id}_di" bpmnElement="${lane.id}" isHorizontal="true">
        <dc:Bounds x="${POOL.x + LABEL_BAND}" y="${POOL.y + index * LANE_HEIGHT}" width="${POOL.width - LABEL_BAND}" height="${LANE_HEIGHT}" />
      </bpmndi:BPMNShape>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" xmlns:blueprint="https://stageline.dev/schema/blueprint/1.0" id="Definitions_1" targetNamespace="https://stageline.dev/blueprints/${escape(key)}" exporter="Stageline" exporterVersion="0.1.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Participant_1" name="${n}" processRef="${escape(key)}" />
  </bpmn:collaboration>
  <bpmn:process id="${escape(key)}" name="${n}" isExecutable="true" camunda:historyTimeToLive="180">
    <bpmn:laneSet id="LaneSet_1">
${laneXml}
    </bpmn:laneSet>
    <bpmn:startEvent id="StartEvent_1" name="Customer arrives" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true">
        <dc:Bounds x="${POOL.x}" y="${POOL.y}" width="${POOL.width}" height="${POOL.height}" />
      </bpmndi:BPMNShape>
${laneDi}
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="252" y="122" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="227" y="165" width="86" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
