import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { ContentIntegrityError, findDanglingReferences } from './lib/integrity';

const checkedCollections = ['docs', 'legal', 'rules', 'cases', 'glossary', 'sources', 'pledges', 'quizzes'] as const;

/** Runs once per build: a reference to a missing entry fails the build, naming file, entry and field. */
async function checkReferences() {
  const entries = (await Promise.all(checkedCollections.map((c) => getCollection(c)))).flat();
  const problems = findDanglingReferences(
    entries.map((e) => ({ collection: e.collection, id: e.id, filePath: e.filePath, data: e.data })),
  );
  if (problems.length) throw new ContentIntegrityError(problems);
}

let referencesChecked: Promise<void> | undefined;

export const onRequest = defineRouteMiddleware(async () => {
  referencesChecked ??= checkReferences();
  await referencesChecked;
});
