import * as assert from 'node:assert/strict';
import { escapeIcons, escapeMarkdown, plainLine, truncate } from '../../src/core/markdownText';

describe('markdownText', () => {
  describe('escapeMarkdown', () => {
    it('escapes links, command URIs and HTML', () => {
      assert.equal(escapeMarkdown('[x](command:foo)'), '\\[x\\]\\(command\\:foo\\)');
      assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '\\<img src=x onerror=alert\\(1\\)\\>');
      assert.equal(escapeMarkdown('&lt;'), '\\&lt;');
    });

    it('escapes emphasis, code, headings, lists and icons', () => {
      assert.equal(escapeMarkdown('*b* _i_ `c` # h - + . ! | ~ {} \\'), '\\*b\\* \\_i\\_ \\`c\\` \\# h \\- \\+ \\. \\! \\| \\~ \\{\\} \\\\');
      assert.equal(escapeMarkdown('$(alert)'), '\\$\\(alert\\)');
    });

    it('keeps letters, digits and spaces, and folds line breaks', () => {
      assert.equal(escapeMarkdown('Acme Logistics 42'), 'Acme Logistics 42');
      assert.equal(escapeMarkdown('a\nb\r\nc'), 'a b c');
      assert.equal(escapeMarkdown('Société'), 'Société');
    });
  });

  describe('escapeIcons', () => {
    it('escapes every $( and nothing else', () => {
      assert.equal(escapeIcons('$(alert) Boss $(x)'), '\\$(alert) Boss \\$(x)');
      assert.equal(escapeIcons('$5 (cheap)'), '$5 (cheap)');
    });
  });

  describe('plainLine', () => {
    it('takes the emphasis marks off and cuts the line', () => {
      assert.equal(plainLine('**Katrin Moser**, TransAlp: wants __more__', 100), 'Katrin Moser, TransAlp: wants more');
      assert.equal(plainLine('**abcdef**', 4), 'abc…');
    });
  });

  describe('truncate', () => {
    it('shortens with an ellipsis to exactly max characters', () => {
      assert.equal(truncate('abcdef', 4), 'abc…');
      assert.equal(truncate('abcd', 4), 'abcd');
      assert.equal(truncate('', 4), '');
    });

    it('never splits a surrogate pair', () => {
      assert.equal(truncate('😀😀😀😀😀', 3), '😀😀…');
      assert.equal(truncate('a😀b', 3), 'a😀b');
    });
  });
});
