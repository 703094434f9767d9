/** The prerequisites check's strings come from the one localisation module. */
export { localize, setLocalizedStrings as setPrerequisiteStrings } from '../localize';
