// resolve: mentions → entities within one article (gazetteer ids, full names for surnames).
import { entityKey, normalizeName } from '../model/keys.ts';
import type { Entity, MentionedArticle, ResolvedArticle, ResolvedMention } from '../model/types.ts';
import type { Gazetteer } from '../entities/gazetteer.ts';

export function resolveArticle(article: MentionedArticle, gazetteer: Gazetteer): ResolvedArticle {
  const entities = new Map<string, Entity>();
  const mentions: ResolvedMention[] = [];
  const persons: Entity[] = [];

  const entityFor = (m: MentionedArticle['mentions'][number]): Entity => {
    if (m.gazetteerId) {
      const g = gazetteer.entries.get(m.gazetteerId)!;
      const key = entityKey(g.type, g.name, g.id);
      let e = entities.get(key);
      if (!e) {
        e = { key, label: g.name, type: g.type, aliases: [], gazetteerId: g.id };
        if (g.kind) e.kind = g.kind;
        if (g.qid) e.qid = g.qid;
        entities.set(key, e);
      }
      return e;
    }
    // a single capitalised word that ends an earlier person's name is that person ("Putin")
    if (m.type === 'PERSON' && !m.text.includes(' ')) {
      const n = normalizeName(m.text);
      const full = persons.find((p) => normalizeName(p.label).split(' ').at(-1) === n);
      if (full) return full;
    }
    const key = entityKey(m.type, m.text);
    let e = entities.get(key);
    if (!e) {
      e = { key, label: m.text, type: m.type, aliases: [] };
      entities.set(key, e);
      if (m.type === 'PERSON') persons.push(e);
    }
    return e;
  };

  for (const m of article.mentions) {
    const e = entityFor(m);
    if (!m.demonym && m.text !== e.label && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    mentions.push({ ...m, entity: e.key });
  }
  return { article: article.article, sentences: article.sentences, entities: [...entities.values()], mentions };
}
