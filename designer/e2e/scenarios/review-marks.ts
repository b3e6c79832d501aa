import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';

/** A marked card's drawn outline, as the browser computed it. */
interface DrawnMark {
  readonly label: string;
  readonly mark: string;
  readonly docked: boolean;
  readonly style: string;
  readonly width: string;
  readonly color: string;
  readonly expected: string;
}

/** The outline style each mark is drawn with (console.css): solid, or dashed for what is gone. */
const STYLES: Readonly<Record<string, string>> = { added: 'solid', removed: 'dashed', changed: 'solid' };

/**
 * Every marked card of a review drawing is visibly outlined in its mark's colour (green added, red
 * removed, amber changed) — a docked rule or scope card as well as an entity or a free card — not
 * only said so in its accessible name. Returns how many docked cards were checked, so a caller can
 * require the drawing to have some.
 */
export async function assertMarksDrawn(drawing: Locator, what: string): Promise<number> {
  const drawn = await drawing.locator('.react-flow__node[data-mark]').evaluateAll((wrappers) => {
    const tokens: Record<string, string> = {
      added: '--sc-success',
      removed: '--sc-error',
      changed: '--sc-warning',
    };
    // Each token's colour as the browser writes a computed colour (rgb(…)), through a probe element
    // (no named helper here: the bundler would wrap it in a function the page does not have).
    const probe = document.createElement('span');
    document.body.append(probe);
    const colours: Record<string, string> = {};
    for (const [mark, token] of Object.entries(tokens)) {
      probe.style.color = `var(${token})`;
      colours[mark] = getComputedStyle(probe).color;
    }
    const out = wrappers.map((wrapper): DrawnMark => {
      const card = wrapper.firstElementChild as HTMLElement;
      const style = getComputedStyle(card);
      const mark = wrapper.getAttribute('data-mark') ?? '';
      return {
        label: wrapper.getAttribute('aria-label') ?? wrapper.id,
        mark,
        docked: card.classList.contains('sc-docked'),
        style: style.outlineStyle,
        width: style.outlineWidth,
        color: style.outlineColor,
        expected: colours[mark] ?? 'no colour for this mark',
      };
    });
    probe.remove();
    return out;
  });
  assert.ok(drawn.length > 0, `${what}: no marked card`);
  for (const card of drawn) {
    const seen = `${what}: "${card.label}" (${card.docked ? 'docked' : 'card'}) has outline ${card.style} ${card.width} ${card.color}`;
    assert.equal(card.style, STYLES[card.mark], seen);
    assert.equal(card.width, '3px', seen);
    assert.equal(card.color, card.expected, `${seen}, expected ${card.expected}`);
  }
  return drawn.filter((card) => card.docked).length;
}
