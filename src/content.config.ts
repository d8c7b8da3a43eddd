import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { docsExtension } from './schemas/docs';
import { legalSchema } from './schemas/legal';
import { ruleSchema } from './schemas/rules';
import { caseSchema } from './schemas/cases';
import { glossarySchema } from './schemas/glossary';
import { sourceSchema } from './schemas/sources';
import { quizBankSchema } from './schemas/quiz';
import { pledgeSchema } from './schemas/pledges';
import { yamlListParser } from './lib/yaml-list';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: docsExtension }) }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  legal: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/legal' }), schema: legalSchema }),
  rules: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/rules' }), schema: ruleSchema }),
  cases: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/cases' }), schema: caseSchema }),
  glossary: defineCollection({ loader: file('./src/content/glossary.yaml', { parser: yamlListParser('src/content/glossary.yaml') }), schema: glossarySchema }),
  sources: defineCollection({ loader: file('./src/content/sources.yaml', { parser: yamlListParser('src/content/sources.yaml') }), schema: sourceSchema }),
  pledges: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/pledges' }), schema: pledgeSchema }),
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/quizzes' }), schema: quizBankSchema }),
};
