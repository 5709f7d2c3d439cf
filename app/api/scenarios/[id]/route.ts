import { publicView } from "@/lib/scenario/public";
import { builtInScenarios } from "@/lib/scenario/registry";

/** A scenario's public part with its scoring rules, for the browser's deal builder; never a brief or a payoff table. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const scenario = builtInScenarios().get((await params).id);
  if (!scenario) return Response.json({ error: "There is no such scenario." }, { status: 404 });
  return Response.json(publicView(scenario), { headers: { "cache-control": "public, max-age=300" } });
}
