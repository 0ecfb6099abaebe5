import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { APPEAL, CONSENT, EMBED_HELD, PAYWALL_CUT } from '../../src/core/furniture.js';

// APPEAL matches lower-case text (appealHits lowers it first).
const hits = (text: string) => text.toLowerCase().match(APPEAL) ?? [];

describe('appeal wording', () => {
  it('counts appeals in the corpora’s languages', () => {
    assert.deepEqual(hits('Unterstützen Sie unseren Journalismus: Jetzt abonnieren!'), ['unterstützen sie unseren journalismus', 'jetzt abonnieren']);
    assert.deepEqual(hits('Article réservé aux abonnés. Abonnez-vous.'), ['réservé aux abonnés', 'abonnez-vous']);
    assert.deepEqual(hits('Suscríbete a nuestro boletín'), ['suscríbete']);
    assert.deepEqual(hits('Sign up for our newsletter'), ['sign up', 'newsletter']);
  });

  it('knows the sign-up box and social calls a news page closes with', () => {
    assert.deepEqual(hits('This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.'), ['recaptcha']);
    assert.deepEqual(hits('Follow Example.co.uk on Twitter and Facebook for the latest news updates.'), ['follow example.co.uk on twitter']);
    assert.deepEqual(hits('Follow Example on Google News to get our news in your feeds.'), ['follow example on google news']);
    assert.deepEqual(hits('Folgen Sie uns auf Instagram. Suivez-nous sur X.'), ['folgen sie uns', 'suivez-nous']);
    assert.deepEqual(hits('For more stories like this, check our news page.'), ['more stories like this']);
    // A person followed on a platform in the article's own words is not an appeal.
    assert.deepEqual(hits('Millions follow the singer on TikTok, where she posts daily.'), []);
  });

  it('does not match inside longer words of any script', () => {
    assert.deepEqual(hits('abonnementsvilkår abonnésx Donatello'), []);
  });
});

describe('consent placeholders and paywall cuts', () => {
  it('knows held-back embeds and consent, not ordinary words', () => {
    assert.ok(EMBED_HELD.test('An dieser Stelle findest du einen externen Inhalt von YouTube'));
    assert.ok(EMBED_HELD.test('Um eingebettete Inhalte anzuzeigen, ist deine Einwilligung notwendig'));
    assert.ok(EMBED_HELD.test('This embedded content is hosted by a third party'));
    assert.ok(EMBED_HELD.test('Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.'));
    assert.ok(EMBED_HELD.test('I agree to content from Instagram being displayed.'));
    assert.ok(!EMBED_HELD.test('Der Inhalt des Gesetzes ist extern geprüft worden'));
    assert.ok(!EMBED_HELD.test('Die Inhalte von Seite drei wurden gestern geändert.'));
    assert.ok(CONSENT.test('Ich bin damit einverstanden'));
  });

  it('knows where a paywall cuts the article', () => {
    assert.ok(PAYWALL_CUT.test('Il vous reste 57.09% de cet article à lire.'));
    assert.ok(PAYWALL_CUT.test('Weiterlesen mit Abo'));
    assert.ok(PAYWALL_CUT.test('The rest of this article is for subscribers.'));
    assert.ok(!PAYWALL_CUT.test('Le reste de la journée sera ensoleillé.'));
  });
});
