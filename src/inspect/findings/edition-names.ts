// The names Microsoft gives its client editions in install.wim (NAME, DESCRIPTION and
// DISPLAYNAME are all this name), keyed by EDITIONID. An edition not listed is not judged.
const SUFFIX: Record<string, string> = {
  Core: 'Home',
  CoreN: 'Home N',
  CoreSingleLanguage: 'Home Single Language',
  CoreCountrySpecific: 'Home China',
  Professional: 'Pro',
  ProfessionalN: 'Pro N',
  ProfessionalEducation: 'Pro Education',
  ProfessionalEducationN: 'Pro Education N',
  ProfessionalWorkstation: 'Pro for Workstations',
  ProfessionalWorkstationN: 'Pro N for Workstations',
  Education: 'Education',
  EducationN: 'Education N',
  Enterprise: 'Enterprise',
  EnterpriseN: 'Enterprise N',
  EnterpriseS: 'Enterprise LTSC',
  EnterpriseSN: 'Enterprise N LTSC',
  IoTEnterpriseS: 'IoT Enterprise LTSC',
};

/** The name Microsoft's image of `edition` at `build` carries, or null when not known. */
export function microsoftEditionName(edition: string | null, build: number | null): string | null {
  const suffix = edition ? SUFFIX[edition] : undefined;
  if (!suffix || build === null) return null;
  return `Windows ${build >= 22000 ? 11 : 10} ${suffix}`;
}

/** Whether `name` is how Microsoft names that edition (evaluation and LTSC year variants allowed). */
export function isMicrosoftName(name: string, expected: string): boolean {
  if (name === expected || name === `${expected} Evaluation`) return true;
  return expected.endsWith('LTSC') && new RegExp(`^${expected} \\d{4}(?: Evaluation)?$`).test(name);
}
