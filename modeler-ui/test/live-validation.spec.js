// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import xml from './small-blueprint.bpmn?raw';
import { openModeler, until } from './modeler-harness.js';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stand-in for the server: answers with the given result and remembers what it was sent. */
function server(answer) {
  const sent = [];
  return { sent, validate: async (body) => { sent.push(body); return typeof answer === 'function' ? answer(body) : answer; } };
}

describe('live validation', () => {
  test('marks the elements the server names, with a badge listing the messages', async () => {
    const fake = server({ valid: false, errors: [{ elementId: 'Task_Brew', message: 'Brew has no lane' }],
      warnings: [{ elementId: 'coffee', message: 'No case share' }] });
    const { get } = await openModeler(xml, { validate: fake.validate, validationDelay: 10 });
    await until(() => get('canvas').hasMarker('Task_Brew', 'sl-has-error'), 'the error marker');

    const canvas = get('canvas');
    expect(canvas.hasMarker('Task_Brew', 'sl-has-error')).toBe(true);
    // a message about the process is shown on the pool that stands for it
    expect(canvas.hasMarker('Pool', 'sl-has-warning')).toBe(true);
    const badge = document.querySelector('[data-container-id="Task_Brew"] .sl-validation-badge');
    expect(badge.textContent).toBe('1');
    expect(badge.title).toBe('Brew has no lane');
  });

  test('asks again only after the changes stop, and clears markers the new answer lacks', async () => {
    let answer = { valid: false, errors: [{ elementId: 'Task_Brew', message: 'x' }], warnings: [] };
    const fake = server(() => answer);
    const { get } = await openModeler(xml, { validate: fake.validate, validationDelay: 400 });
    await until(() => fake.sent.length === 1, 'the validation after the import');
    const before = fake.sent.length;
    answer = { valid: true, errors: [], warnings: [] };

    const task = get('elementRegistry').get('Task_Brew');
    get('modeling').updateProperties(task, { name: 'Brew' });
    await wait(100);
    get('modeling').updateProperties(task, { name: 'Brew it' });
    await wait(100);
    expect(fake.sent.length).toBe(before);
    await until(() => fake.sent.length > before, 'the validation after the changes');
    await wait(50);

    expect(fake.sent.length).toBe(before + 1);
    expect(fake.sent.at(-1)).toContain('name="Brew it"');
    expect(get('canvas').hasMarker('Task_Brew', 'sl-has-error')).toBe(false);
  });

  test('reports a server it cannot reach, and shows no stale markers', async () => {
    const states = [];
    const { get } = await openModeler(xml, {
      validate: async () => { throw new Error('The Stageline server cannot be reached.'); },
      validationDelay: 10
    });
    get('eventBus').on('blueprintValidation.changed', (event) => {
      states.push(event.state);
    });
    await get('liveValidation').validateNow().catch(() => {});

    expect(states).toEqual(['checking', 'failed']);
    expect(document.querySelectorAll('.sl-validation-badge')).toHaveLength(0);
  });
});
