import { join } from 'node:path';
import { dataFileSchemas, type DataFileName, type DataOf } from '../schemas/collections.ts';
import { readContentIds } from './files.ts';
import { loadYamlFile } from './yaml.ts';

/**
 * Reads and validates one YAML data file of the content folder at `root` (site.yaml,
 * glossary.yaml …); a mistake throws, naming the file and line.
 */
export function loadDataFile<Name extends DataFileName>(root: string, name: Name): DataOf<Name> {
  const { path, schema } = dataFileSchemas(readContentIds(root))[name];
  return loadYamlFile(join(root, path), schema) as DataOf<Name>;
}
