// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import xml from './small-blueprint.bpmn?raw';
import { enter, openModeler, selectInPanel, settle, until } from './modeler-harness.js';

async function select(id) {
  const harness = await openModeler(xml);
  const element = await selectInPanel(harness, id);
  const field = (entry) => harness.properties.querySelector(`[data-entry-id="${entry}"] input, [data-entry-id="${entry}"] select`);
  const error = (entry) => harness.properties.querySelector(`[data-entry-id="${entry}"] .bio-properties-panel-error`);
  return { ...harness, element, bo: element.businessObject, field, error };
}

describe('the Blueprint group', () => {
  test('is shown, open, right after General', async () => {
    const { properties } = await select('Task_Brew');

    const groups = [...properties.querySelectorAll('.bio-properties-panel-group-header-title')].map((t) => t.textContent);
    expect(groups.slice(0, 2)).toEqual(['General', 'Blueprint']);
    expect(properties.querySelector('[data-group-id="group-blueprint"] .bio-properties-panel-group-entries.open')).not.toBeNull();
  });

  test('reads and writes a lane\'s layer and role', async () => {
    const { field, bo, modeler } = await select('Lane_Window');
    expect(field('blueprint-layer').value).toBe('frontstage');
    expect(field('blueprint-role').value).toBe('baristas');

    enter(field('blueprint-layer'), 'backstage');
    enter(field('blueprint-role'), 'pick-up-team');
    await settle();

    expect(bo.get('blueprint:layer')).toBe('backstage');
    expect(bo.get('blueprint:role')).toBe('pick-up-team');
    const { xml: saved } = await modeler.saveXML();
    expect(saved).toContain('blueprint:layer="backstage" blueprint:role="pick-up-team"');
  });

  test('refuses a role that is no team id, and keeps the old one', async () => {
    const { field, error, bo } = await select('Lane_Window');

    enter(field('blueprint-role'), 'pick up team');
    await settle();

    expect((await until(() => error('blueprint-role'), 'the role error')).textContent).toMatch(/team id/);
    expect(bo.get('blueprint:role')).toBe('baristas');
  });

  test('shows a step target the way people say it and stores what they type as ISO-8601', async () => {
    const { field, bo } = await select('Task_Brew');
    expect(field('blueprint-targetDuration').value).toBe('2 min');
    expect(field('blueprint-targetShare').value).toBe('96');

    enter(field('blueprint-targetDuration'), '90 s');
    enter(field('blueprint-targetShare'), '99.5');
    await settle();

    expect(bo.get('blueprint:targetDuration')).toBe('PT1M30S');
    expect(bo.get('blueprint:targetShare')).toBe(0.995);
    await until(() => field('blueprint-targetDuration').value === '1 min 30 s', 'the target shown as "1 min 30 s"');
  });

  test('says what is wrong with a target it cannot read, and does not store it', async () => {
    const { field, error, bo } = await select('Task_Brew');

    enter(field('blueprint-targetDuration'), '90');
    enter(field('blueprint-targetShare'), '120');
    await settle();

    expect((await until(() => error('blueprint-targetDuration'), 'the duration error')).textContent)
      .toMatch(/Add a unit after 90/);
    expect((await until(() => error('blueprint-targetShare'), 'the share error')).textContent).toMatch(/at most 100/);
    expect(bo.get('blueprint:targetDuration')).toBe('PT2M');
    expect(bo.get('blueprint:targetShare')).toBe(0.96);
  });

  test('removes a target when the field is emptied', async () => {
    const { field, bo, modeler } = await select('Task_Brew');

    enter(field('blueprint-targetDuration'), '');
    await settle();

    expect(bo.get('blueprint:targetDuration')).toBeUndefined();
    const { xml: saved } = await modeler.saveXML();
    expect(saved).not.toContain('blueprint:targetDuration="PT2M"');
  });

  test('puts the case target of a pool on its process', async () => {
    const { field, element } = await select('Pool');
    const process = element.businessObject.processRef;
    expect(field('blueprint-caseTargetDuration').value).toBe('3 min');
    expect(field('blueprint-caseTargetShare').placeholder).toBe('95 (default)');

    enter(field('blueprint-caseTargetDuration'), '1 d');
    enter(field('blueprint-caseTargetShare'), '96');
    enter(field('blueprint-defaultTargetShare'), '90');
    await settle();

    expect(process.get('blueprint:targetDuration')).toBe('P1D');
    expect(process.get('blueprint:targetShare')).toBe(0.96);
    expect(process.get('blueprint:defaultTargetShare')).toBe(0.9);
  });

  test('marks a data object or an annotation as physical evidence', async () => {
    for (const id of ['Cup', 'Note']) {
      const { field, bo, modeler } = await select(id);
      expect(field('blueprint-evidence').checked).toBe(false);

      field('blueprint-evidence').click();
      await settle();

      expect(bo.get('blueprint:evidence')).toBe(true);
      const { xml: saved } = await modeler.saveXML();
      expect(saved).toMatch(new RegExp(`id="${id}"[^>]*blueprint:evidence="true"`));
    }
  });

  test('undoes a change in one step', async () => {
    const { field, bo, get } = await select('Task_Brew');

    enter(field('blueprint-targetDuration'), '5 min');
    await settle();
    get('commandStack').undo();

    expect(bo.get('blueprint:targetDuration')).toBe('PT2M');
  });

  test('is not shown for elements the profile says nothing about', async () => {
    for (const id of ['Flow_1', 'Collaboration_Small']) {
      const { properties } = await select(id);

      const groups = [...properties.querySelectorAll('[data-group-id]')].map((group) => group.dataset.groupId);
      expect(groups).toContain('group-general');
      expect(groups).not.toContain('group-blueprint');
    }
  });
});
