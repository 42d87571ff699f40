/** Example operations shown as tabs in GraphiQL on the developer page (S11). */
export const EXAMPLE_OPERATIONS: readonly { title: string; query: string; variables?: string }[] = [
  {
    title: 'Startlån',
    query: `# One instrument with who decides, criteria and typed relations
query Startlan($lang: Lang = NB) {
  instrument(slug: "startlan", lang: $lang) {
    name
    description
    decidedBy { name }
    criteria { name required discretionary }
    relatedInstruments { type rationale entity { id name } }
    sources { title url compiledOn verification { verifiedOn against } urlFlag }
  }
}`,
  },
  {
    title: 'Søk',
    query: `# Full-text search across bokmål, nynorsk and English
query Search {
  search(text: "bustøtte") { score entity { id type name } }
}`,
  },
  {
    title: 'Nabolag',
    query: `# The neighbourhood of an entity, as the graph view uses it
query Neighbourhood {
  neighbourhood(id: "husbanken", depth: 1) {
    center { name }
    nodes { id type name }
    edges { type source target }
  }
}`,
  },
  {
    title: 'Historikk',
    query: `# The graph as it stood at an earlier date
query AsOf {
  actors(asOf: "2015-01-01", first: 10) { nodes { id name nameHistory { name validFrom validTo } } }
}`,
  },
  {
    title: 'Dataversjon',
    query: `query DataVersion {
  dataVersion { checksum sourceCount verifiedSourceCount lastCompiled lastVerified factCount verifiedFactCount unverifiedCount }
}`,
  },
];
