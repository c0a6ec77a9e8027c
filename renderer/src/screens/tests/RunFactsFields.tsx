import { LIMITS } from '../../../../shared/domain/limits';

export interface RunFacts {
  softwareVersion: string;
  title: string;
  environment: string;
  tools: string;
}

export const NO_FACTS: RunFacts = { softwareVersion: '', title: '', environment: '', tools: '' };

/** The facts IEC 62304 5.7.5 asks a run to record once: version tested, configuration and tools. */
export function RunFactsFields({ facts, onChange }: { facts: RunFacts; onChange: (facts: RunFacts) => void }) {
  const set = (part: Partial<RunFacts>) => onChange({ ...facts, ...part });
  return (
    <div className="field-grid">
      <label className="field">
        <span className="field-label">Software version tested</span>
        <input className="input" required maxLength={64} placeholder="e.g. 1.2.0" value={facts.softwareVersion} onChange={(e) => set({ softwareVersion: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Title (optional)</span>
        <input className="input" maxLength={LIMITS.name} value={facts.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Hardware and software test configuration</span>
        <textarea className="textarea" rows={2} maxLength={LIMITS.text} value={facts.environment} onChange={(e) => set({ environment: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Test tools and their versions</span>
        <textarea className="textarea" rows={2} maxLength={LIMITS.text} value={facts.tools} onChange={(e) => set({ tools: e.target.value })} />
      </label>
    </div>
  );
}
