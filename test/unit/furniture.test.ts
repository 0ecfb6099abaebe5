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

  it('does not match inside longer words of any script', () => {
    assert.deepEqual(hits('abonnementsvilkår abonnésx Donatello'), []);
  });
});

describe('consent placeholders and paywall cuts', () => {
  it('knows held-back embeds and consent, not ordinary words', () => {
    assert.ok(EMBED_HELD.test('An dieser Stelle findest du einen externen Inhalt von YouTube'));
    assert.ok(EMBED_HELD.test('Um eingebettete Inhalte anzuzeigen, ist deine Einwilligung notwendig'));
    assert.ok(EMBED_HELD.test('This embedded content is hosted by a third party'));
    assert.ok(!EMBED_HELD.test('Der Inhalt des Gesetzes ist extern geprüft worden'));
    assert.ok(CONSENT.test('Ich bin damit einverstanden'));
  });

  it('knows where a paywall cuts the article', () => {
    assert.ok(PAYWALL_CUT.test('Il vous reste 57.09% de cet article à lire.'));
    assert.ok(PAYWALL_CUT.test('Weiterlesen mit Abo'));
    assert.ok(PAYWALL_CUT.test('The rest of this article is for subscribers.'));
    assert.ok(!PAYWALL_CUT.test('Le reste de la journée sera ensoleillé.'));
  });
});
