// The real referential files beside the repository (never copied into it).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ESCO_DIR = resolve(repositoryRoot, '../shared/taxonomy/esco');
export const ROME_DIR = resolve(repositoryRoot, '../shared/datasets/rome4_v460');
export const CROSSWALK_FILE = resolve(repositoryRoot, '../shared/datasets/rome_esco_crosswalk_melo/FR_20230607_mapping_esco_rome.csv');
