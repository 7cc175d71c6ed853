/** The tests read content through the same reader as the CLIs and the search integration. */
export { provisionTextIndex, readCollection, readFrontmatterFile, readYamlDir, readYamlList } from '../../src/node/content.ts';
