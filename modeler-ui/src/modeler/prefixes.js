/**
 * Some BPMN tools bind a prefix the modeler needs to another namespace (Signavio writes
 * `xmlns:camunda="http://activiti.org/bpmn"`). bpmn-js reads such a file but cannot write it
 * back, so before import such a prefix is renamed in the file's tags (`camunda:` →
 * `camunda_1:`), keeping its namespace. Text and comments are left alone.
 */

/** The prefixes the modeler's descriptors use, with their namespaces. */
export const RESERVED_PREFIXES = {
  camunda: 'http://camunda.org/schema/1.0/bpmn',
  blueprint: 'https://stageline.dev/schema/blueprint/1.0'
};

/**
 * @param {string} xml BPMN XML as read from a file
 * @return {string} the same XML, with clashing prefixes renamed
 */
export function renameClashingPrefixes(xml) {
  let result = xml;
  for (const [prefix, uri] of Object.entries(RESERVED_PREFIXES)) {
    const declaration = new RegExp(`xmlns:${prefix}\\s*=\\s*(["'])(.*?)\\1`);
    const match = declaration.exec(result);
    if (!match || match[2] === uri) {
      continue;
    }
    const free = freePrefix(result, prefix);
    const inTag = new RegExp(`(^<\\/?|\\s)(xmlns:)?${prefix}:`, 'g');
    const inTagDeclaration = new RegExp(`(\\s)xmlns:${prefix}(\\s*=)`, 'g');
    result = result.replace(/<[^!?][^>]*>/g, (tag) => tag
      .replace(inTagDeclaration, `$1xmlns:${free}$2`)
      .replace(inTag, (all, before, xmlns) => `${before}${xmlns || ''}${free}:`));
  }
  return result;
}

function freePrefix(xml, prefix) {
  for (let n = 1; ; n++) {
    const candidate = `${prefix}_${n}`;
    if (!xml.includes(`xmlns:${candidate}`)) {
      return candidate;
    }
  }
}
