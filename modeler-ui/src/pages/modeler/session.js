import { is } from 'bpmn-js/lib/util/ModelUtil';
import { renameClashingPrefixes } from '../../modeler/prefixes.js';

/**
 * The blueprint being edited: which file it came from (template, deployed version, file on
 * disk), whether it has unsaved changes, and its key. Keeps the page title and the URL in step.
 */
export class Session {
  constructor(modeler, onChange) {
    this.modeler = modeler;
    this.onChange = onChange;
    this.meta = null;
    this.dirty = false;
    this.lastGoodXml = null;
    modeler.on('commandStack.changed', () => {
      if (this.meta && !this.dirty) {
        this.dirty = true;
        this.onChange(this);
      }
    });
  }

  /** Asks before throwing away unsaved changes; true when it is fine to go on. */
  confirmDiscard(action) {
    return !this.dirty || window.confirm(`The blueprint has unsaved changes. ${action} anyway and lose them?`);
  }

  /**
   * Opens a diagram. When the file cannot be shown, the previous diagram stays.
   *
   * @param {string} xml
   * @param {{source: 'template'|'deployed'|'file', key?: string, version?: number, fileName?: string}} meta
   * @return {Promise<string[]>} warnings of the import (parts of the file bpmn-js skipped)
   */
  async load(xml, meta) {
    try {
      const { warnings } = await this.modeler.importXML(renameClashingPrefixes(xml));
      this.lastGoodXml = xml;
      this.meta = meta;
      this.dirty = false;
      const canvas = this.modeler.get('canvas');
      // the page may have changed size since the canvas last measured it
      canvas.resized();
      fitBesidePalette(canvas);
      canvas.focus();
      this.onChange(this);
      return warnings.map((warning) => warning.message);
    } catch (error) {
      if (this.lastGoodXml) {
        await this.modeler.importXML(this.lastGoodXml).catch(() => {});
      }
      throw new Error(`This file cannot be opened as BPMN 2.0: ${firstLine(error.message)}`);
    }
  }

  /** After a download or a deployment: the work is safe. */
  markSaved(meta = this.meta) {
    this.meta = meta;
    this.dirty = false;
    this.onChange(this);
  }

  /** The blueprint key: the id of the (first executable) process in the diagram. */
  key() {
    const definitions = this.modeler.getDefinitions();
    const processes = ((definitions && definitions.rootElements) || []).filter((element) => is(element, 'bpmn:Process'));
    const process = processes.find((element) => element.isExecutable) || processes[0];
    return process ? process.id : undefined;
  }

  /** The name people see: the process (or pool) name, else the key. */
  name() {
    const definitions = this.modeler.getDefinitions();
    const process = ((definitions && definitions.rootElements) || []).find((element) => element.id === this.key());
    return (process && process.name) || this.key() || 'Untitled';
  }
}

// screen pixels kept free around the diagram
const MARGIN = { left: 24, right: 30, top: 30, bottom: 30 };

/** Shows the whole diagram (never above 100 %), clear of the palette floating on the left, centred vertically. */
function fitBesidePalette(canvas) {
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height) {
    return;
  }
  const container = canvas.getContainer().getBoundingClientRect();
  const palette = canvas.getContainer().querySelector('.djs-palette');
  const left = MARGIN.left + (palette ? palette.getBoundingClientRect().right - container.left : 0);
  const scale = Math.min(1,
    (outer.width - left - MARGIN.right) / inner.width,
    (outer.height - MARGIN.top - MARGIN.bottom) / inner.height);
  const height = outer.height / scale;
  canvas.viewbox({
    x: inner.x - left / scale,
    y: inner.y - Math.max(MARGIN.top / scale, (height - inner.height) / 2),
    width: outer.width / scale,
    height
  });
}

function firstLine(text) {
  return String(text).split('\n')[0];
}
