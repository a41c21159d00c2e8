/** Name pools for the demo workspace: people, companies, staff of the vendor. */

export type Culture = 'fr' | 'en' | 'de' | 'nl' | 'nordic' | 'es' | 'sg';

// prettier-ignore
export const FIRST_NAMES: Record<Culture, readonly string[]> = {
  fr: [
    'Camille', 'Julien', 'Élodie', 'Mathieu', 'Sophie', 'Nicolas', 'Claire', 'Antoine',
    'Aurélie', 'Thomas', 'Isabelle', 'Guillaume', 'Hélène', 'François', 'Céline', 'Olivier',
    'Margaux', 'Sébastien', 'Juliette', 'Benoît', 'Nathalie', 'Romain', 'Anaïs', 'Pierre',
  ],
  en: [
    'Emily', 'James', 'Olivia', 'Daniel', 'Charlotte', 'Matthew', 'Hannah', 'Oliver',
    'Grace', 'Samuel', 'Lucy', 'Benjamin', 'Rachel', 'Michael', 'Laura', 'Christopher',
    'Megan', 'Andrew', 'Jessica', 'Ryan', 'Sarah', 'David', 'Amelia', 'Thomas',
  ],
  de: [
    'Anna', 'Lukas', 'Katrin', 'Jonas', 'Sabine', 'Felix', 'Julia', 'Stefan', 'Miriam',
    'Tobias', 'Claudia', 'Markus', 'Lena', 'Andreas', 'Franziska', 'Jan',
  ],
  nl: [
    'Sanne', 'Daan', 'Eva', 'Bram', 'Lotte', 'Ruben', 'Femke', 'Joost', 'Marieke', 'Thijs',
    'Anouk', 'Wouter', 'Iris', 'Sven', 'Noor', 'Pieter',
  ],
  nordic: [
    'Freja', 'Mads', 'Ida', 'Rasmus', 'Astrid', 'Jonas', 'Sofie', 'Magnus', 'Karin', 'Lars',
    'Ingrid', 'Henrik', 'Maja', 'Erik', 'Linnea', 'Anders',
  ],
  es: [
    'Lucía', 'Javier', 'María', 'Alejandro', 'Carmen', 'Pablo', 'Elena', 'Sergio', 'Marta',
    'Diego', 'Laura', 'Álvaro', 'Paula', 'Raúl', 'Irene', 'Adrián',
  ],
  sg: [
    'Wei Ling', 'Jun Jie', 'Mei Hua', 'Kai Wen', 'Priya', 'Arjun', 'Siti', 'Hafiz', 'Xin Yi',
    'Zhi Hao', 'Nurul', 'Ravi', 'Hui Min', 'Jia Hui', 'Darren', 'Michelle',
  ],
};

// prettier-ignore
export const LAST_NAMES: Record<Culture, readonly string[]> = {
  fr: [
    'Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Simon', 'Michel',
    'Garnier', 'Rousseau', 'Fontaine', 'Chevalier', 'Girard', 'Bonnet', 'Mercier', 'Lambert',
    'Faure', 'Gauthier', 'Perrin', 'Morel', 'Roux', 'Marchand', 'Duval', 'Lemoine',
  ],
  en: [
    'Smith', 'Johnson', 'Taylor', 'Brown', 'Wilson', 'Davies', 'Evans', 'Thompson', 'Walker',
    'Wright', 'Robinson', 'Hughes', 'Green', 'Hall', 'Clarke', 'Turner', 'Mitchell', 'Parker',
    'Campbell', 'Bennett', 'Harris', 'Morgan', 'Cooper', 'Reed',
  ],
  de: [
    'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner',
    'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Krüger', 'Braun',
  ],
  nl: [
    'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer',
    'Mulder', 'de Boer', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer',
  ],
  nordic: [
    'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Larsen', 'Sørensen', 'Johansson',
    'Lindqvist', 'Berg', 'Olsen', 'Holm', 'Dahl', 'Eriksson', 'Lund', 'Nyström',
  ],
  es: [
    'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez',
    'Gómez', 'Ruiz', 'Díaz', 'Moreno', 'Álvarez', 'Romero', 'Navarro', 'Torres',
  ],
  sg: [
    'Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Goh', 'Chua', 'Koh', 'Teo', 'Ong', 'Nair', 'Menon',
    'Rahman', 'Ismail', 'Chen', 'Ho',
  ],
};

/** The vendor's customer success managers (CSMs). */
export const CSM_NAMES = [
  'Claire Rousseau',
  'James Whitaker',
  'Sophie Marchand',
  'Daniel Okafor',
  'Élise Fournier',
  'Hannah Brooks',
] as const;

/** The vendor's service delivery managers (SDMs), designated for CareFor accounts. */
export const SDM_NAMES = [
  'Marc Delaunay',
  'Rebecca Hughes',
  'Amélie Caron',
  'Thomas Reilly',
  'Nadia Benali',
] as const;

/** Support engineers who work incidents (status changes, ownership). */
export const ENGINEER_NAMES = [
  'Lucas Petit',
  'Priya Raman',
  'Hugo Lambert',
  'Oliver Grant',
  'Inès Moreau',
  'Sean McCarthy',
  'Chloé Garnier',
  'Kenji Watanabe',
  'Manon Leroy',
  'Aidan Foster',
] as const;

/** Fully curated clients used first, so the default workspace reads naturally. */
export const CURATED_COMPANIES: ReadonlyArray<{ name: string; country: string }> = [
  { name: 'Maison Lefèvre Distribution', country: 'FR' },
  { name: 'Nordhavn Logistics', country: 'DK' },
  { name: 'Brightwater Health', country: 'GB' },
  { name: 'Harlow & Finch Retail', country: 'US-E' },
  { name: 'Groupe Delmas Santé', country: 'FR' },
  { name: 'Keppel Bay Hospitality', country: 'SG' },
  { name: 'Great Lakes Mutual Insurance', country: 'US-C' },
  { name: 'Van Leeuwen Foods', country: 'NL' },
  { name: 'Southern Cross Energy', country: 'AU' },
  { name: 'Aldermoor Housing Trust', country: 'GB' },
  { name: 'Rheintal Maschinenbau', country: 'DE' },
  { name: 'Clínicas Mediterráneo', country: 'ES' },
  { name: 'Transports Mérieux', country: 'FR' },
  { name: 'Prairie State Grain Cooperative', country: 'US-C' },
  { name: 'Harbourside Community Care', country: 'AU' },
  { name: 'Atelier Bressan Cosmétiques', country: 'FR' },
];

/** Stems by country for generated names beyond the curated list (stem + sector). */
// prettier-ignore
export const COMPANY_STEMS: Record<string, readonly string[]> = {
  FR: [
    'Maison Girard', 'Groupe Bonnet', 'Rivière', 'Beaumont', 'Val de Loire', 'Lumière',
    'Cristal', 'Chevalier', 'Armor', 'Provence', 'Mont-Blanc', 'Garonne', 'Vauban', 'Saint-Clair',
  ],
  GB: [
    'Brightwater', 'Ashford', 'Kingsbridge', 'Thornbury', 'Whitmore', 'Hollins', 'Redcliffe',
    'Pennine', 'Oakridge', 'Calder', 'Severn', 'Marlow',
  ],
  DE: ['Rheintal', 'Alpenblick', 'Hanse', 'Schwarzwald', 'Elbufer', 'Isar', 'Nordstern', 'Taunus'],
  NL: ['Van Leeuwen', 'Zeeland', 'Dijkstra', 'Oranje', 'Gouda', 'Veluwe', 'Hollandse', 'IJssel'],
  DK: ['Nordhavn', 'Skagen', 'Fjordlys', 'Øresund', 'Kronborg', 'Vesterhavet', 'Dannebrog'],
  ES: ['Mediterráneo', 'Sierra Nevada', 'Costa Brava', 'Castilla', 'Ibérica', 'Guadalquivir'],
  'US-E': ['Harlow', 'Hudson Valley', 'Liberty', 'Chesapeake', 'Appalachian', 'Beacon Hill'],
  'US-C': ['Great Lakes', 'Prairie State', 'Heartland', 'Lone Star', 'Ozark', 'Missouri Valley'],
  CA: ['Maple Ridge', 'Laurentian', 'Northern Pine', 'Algonquin', 'Fraser'],
  SG: ['Keppel Bay', 'Marina', 'Straits', 'Orchid', 'Lion City', 'Jurong'],
  AU: ['Southern Cross', 'Harbourside', 'Coral Coast', 'Blue Mountains', 'Murray River'],
  BE: ['Ardennes', 'Brabant', 'Escaut', 'Meuse'],
  CH: ['Helvetia', 'Lac Léman', 'Jungfrau', 'Zürichsee'],
};

// prettier-ignore
export const SECTORS = [
  'Distribution', 'Logistics', 'Health', 'Foods', 'Retail', 'Energy', 'Pharma', 'Hospitality',
  'Insurance', 'Transport', 'Group', 'Services', 'Manufacturing', 'Engineering', 'Telecom',
  'Housing', 'Care', 'Industries', 'Agri', 'Construction', 'Media', 'Utilities', 'Textiles',
  'Airlines', 'Banking', 'Education', 'Clinics', 'Chemicals',
] as const;

export const CONTACT_ROLES = [
  'CIO',
  'IT director',
  'HR director',
  'Payroll lead',
  'Finance controller',
  'Application manager',
  'Integration lead',
  'HRIS analyst',
  'Project manager',
  'Procurement manager',
  'Time & attendance lead',
  'Service desk manager',
] as const;

/** ASCII, lower case, letters only: for e-mail addresses and domains. */
export function slug(text: string, separator = ''): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .join(separator);
}
