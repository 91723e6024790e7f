import { h } from '@bpmn-io/properties-panel/preact';
import {
  CheckboxEntry, SelectEntry, TextFieldEntry,
  isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { LAYERS } from '../blueprint-lanes/Layers.js';
import { parseDuration } from '../duration/Durations.js';
import { formatPercent, parsePercent } from './Shares.js';
import {
  defaultShare, profileKind, readAttribute, readDuration, readPercent,
  writeAttribute, writeDuration, writePercent
} from './ProfileAttributes.js';

// the engine's group id pattern (application.yml groupResourceWhitelistPattern)
const ROLE = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;

/**
 * The entries of the Blueprint group for one element: layer and role on lanes, target and
 * share on steps, case target and shares on the process (or its pool), evidence on data
 * objects and annotations. Empty for elements the profile says nothing about.
 */
export function blueprintEntries(element) {
  const entry = (id, component, isEdited) => ({ id, element, component, isEdited });
  switch (profileKind(element)) {
  case 'lane':
    return [
      entry('blueprint-layer', LayerEntry, isSelectEntryEdited),
      entry('blueprint-role', RoleEntry, isTextFieldEntryEdited)
    ];
  case 'step':
    return [
      entry('blueprint-targetDuration', TargetEntry, isTextFieldEntryEdited),
      entry('blueprint-targetShare', ShareEntry, isTextFieldEntryEdited)
    ];
  case 'process':
    return [
      entry('blueprint-caseTargetDuration', TargetEntry, isTextFieldEntryEdited),
      entry('blueprint-caseTargetShare', ShareEntry, isTextFieldEntryEdited),
      entry('blueprint-defaultTargetShare', DefaultShareEntry, isTextFieldEntryEdited)
    ];
  case 'evidence':
    return [entry('blueprint-evidence', EvidenceEntry, isCheckboxEntryEdited)];
  default:
    return [];
  }
}

function LayerEntry({ element, id }) {
  const modeling = useService('modeling');
  return h(SelectEntry, {
    element, id,
    label: 'Layer',
    description: 'Where the lane sits in the blueprint; sets the lines and the tint.',
    getValue: () => readAttribute(element, 'layer') || '',
    setValue: (value) => writeAttribute(modeling, element, 'layer', value || undefined),
    getOptions: () => [
      { value: '', label: '(choose a layer)' },
      ...LAYERS.map((layer) => ({ value: layer.id, label: layer.label }))
    ],
    validate: (value) => (value ? null : 'Every lane needs a layer.')
  });
}

function RoleEntry({ element, id }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    element, id, debounce,
    label: 'Role (team)',
    description: 'The team that works this lane\'s tasks, e.g. counter-staff.',
    getValue: () => readAttribute(element, 'role') || '',
    setValue: (value, error) => error ? undefined : writeAttribute(modeling, element, 'role', value || undefined),
    validate: (value) => (!value || ROLE.test(value) ? null
      : 'Use a team id: letters, digits, ".", "_" or "-", e.g. counter-staff.')
  });
}

function TargetEntry({ element, id }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  const isCase = profileKind(element) === 'process';
  const stored = readAttribute(element, 'targetDuration');
  return h(TextFieldEntry, {
    element, id, debounce,
    label: isCase ? 'Case target' : 'Target duration',
    placeholder: 'e.g. 90 s, 2 min, 1 h 30 min, 1 d',
    description: stored ? `Stored as ${stored}.`
      : (isCase ? 'Time for one whole service case.' : 'Time for one execution of this step.'),
    getValue: () => readDuration(element),
    setValue: (value, error) => error ? undefined : writeDuration(modeling, element, value),
    validate: validateDuration
  });
}

function ShareEntry({ element, id }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  const hasTarget = Boolean(readAttribute(element, 'targetDuration'));
  return h(TextFieldEntry, {
    element, id, debounce,
    label: 'Target share (%)',
    placeholder: `${formatPercent(defaultShare(element))} (default)`,
    description: hasTarget ? 'Share that must meet the target: 96 means 96 %.' : 'Takes effect with a target duration.',
    getValue: () => readPercent(element),
    setValue: (value, error) => error ? undefined : writePercent(modeling, element, value),
    validate: validatePercent
  });
}

function DefaultShareEntry({ element, id }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    element, id, debounce,
    label: 'Default share of steps (%)',
    placeholder: '95 (default)',
    description: 'For steps (and the case) that have a target but no share.',
    getValue: () => readPercent(element, 'defaultTargetShare'),
    setValue: (value, error) => error ? undefined : writePercent(modeling, element, value, 'defaultTargetShare'),
    validate: validatePercent
  });
}

function EvidenceEntry({ element, id }) {
  const modeling = useService('modeling');
  return h(CheckboxEntry, {
    element, id,
    label: 'Physical evidence',
    description: 'Something the customer sees or keeps: a receipt, an SMS, a uniform.',
    getValue: () => readAttribute(element, 'evidence') === true,
    setValue: (value) => writeAttribute(modeling, element, 'evidence', value ? true : undefined)
  });
}

function validateDuration(value) {
  if (!value) {
    return null;
  }
  try {
    parseDuration(value);
    return null;
  } catch (error) {
    return error.message;
  }
}

function validatePercent(value) {
  if (!value) {
    return null;
  }
  try {
    parsePercent(value);
    return null;
  } catch (error) {
    return error.message;
  }
}
