// happy-dom has no layout and only part of SVG; bpmn-js needs these few pieces to draw.
if (typeof window !== 'undefined') {
  window.CSS = window.CSS || {};
  window.CSS.escape = window.CSS.escape || ((text) => String(text).replace(/[^a-zA-Z0-9_-]/g, (c) => '\\' + c));
  globalThis.CSS = window.CSS;

  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.append(g);
  const TransformList = Object.getPrototypeOf(g.transform.baseVal);
  if (!TransformList.consolidate) {
    // multiply the list into one transform, as browsers do
    TransformList.consolidate = function() {
      if (!this.numberOfItems) {
        return null;
      }
      let matrix = this.getItem(0).matrix;
      for (let i = 1; i < this.numberOfItems; i++) {
        matrix = matrix.multiply(this.getItem(i).matrix);
      }
      const owner = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      const single = owner.createSVGTransformFromMatrix(matrix);
      this.clear();
      this.appendItem(single);
      return single;
    };
  }
}
