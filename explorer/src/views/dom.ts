type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Text is always set as text (never as HTML),
 * so names and notes from the graph cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** The element with this id; throws when the page lacks it (index.html and the code disagree). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no element #${id}`);
  return element as T;
}

/** Shows a message in a status area: `error` messages are announced at once (role=alert). */
export function showMessage(area: HTMLElement, text: string | null, kind: 'info' | 'error' = 'info'): void {
  area.replaceChildren();
  area.hidden = !text;
  if (!text) return;
  area.append(h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text));
}

/** A small colour square for legends and result groups (colour set through the CSSOM, not markup). */
export function swatch(colour: string, shape = ''): HTMLSpanElement {
  const element = h('span', { class: `swatch ${shape}`, 'aria-hidden': 'true' });
  element.style.backgroundColor = colour;
  return element;
}
