export interface CorpusArticle { id: string; text: string; date: string }
export function conllSentences(): string[];
export function makeConllCorpus(options: { articles: number; perArticle?: number; seed?: number; sentences?: string[] }): CorpusArticle[];
