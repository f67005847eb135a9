import { expect } from '@open-wc/testing';
import { setJsonLdText } from '../../src/json-ld.js';

/**
 * JSON-LD on a page that enforces Trusted Types: script text is a Trusted Types sink even for
 * `application/ld+json`, so a plain `textContent` assignment throws and the widget's update breaks.
 * (Own file: the policy set here cannot be lifted.)
 */
describe('setJsonLdText under Trusted Types', () => {
  it('writes JSON-LD through the bdw-json-ld policy without a violation', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types bdw-json-ld lit-html";
    document.head.append(meta);
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.sample));
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    document.body.append(script);
    // A plain assignment is refused: this page really enforces Trusted Types.
    expect(() => (script.textContent = '{}')).to.throw();
    const text = JSON.stringify({ '@type': 'Dataset', name: '</script><script>window.__xss=1</script>' }).replace(
      /</g,
      '\\u003c',
    );
    expect(setJsonLdText(script, text)).to.equal(true);
    expect(script.isConnected).to.equal(true);
    expect(JSON.parse(script.textContent!).name).to.contain('</script>');
    // The policy passes JSON only.
    expect(setJsonLdText(script, 'alert(1)')).to.equal(false);
    expect(script.isConnected).to.equal(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(violations.filter((v) => v.includes('"Dataset"'))).to.deep.equal([]);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
