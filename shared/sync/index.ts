// Public face of the sync core: HLC, merge, wire protocol, client replica and transport.
export * from './hlc';
export * from './json';
export * from './merge';
export * from './fields';
export * from './protocol';
export * from './permissions';
export * from './rank';
export * from './replica';
export * from './client';
export * from './packed';
export * from './notes';
export * from './note-inbox';
export * from './steps';
