// cytoscape-svg ships no types: it registers `cy.svg(options)`, which returns the SVG markup.
declare module 'cytoscape-svg' {
  const register: (cytoscape: unknown) => void;
  export default register;
}

declare namespace cytoscape {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
