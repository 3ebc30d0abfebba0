// Shared vocabulary of the pure core. Nothing here knows about AWS SDKs or GitHub.

export const SERVICES = ['sagemaker', 'ecs', 'ec2'] as const;
export type Service = (typeof SERVICES)[number];

export const ENGINES = ['vllm', 'tgi', 'llama.cpp'] as const;
export type Engine = (typeof ENGINES)[number];

export type ApiKeySpec = 'generate' | 'none' | { secret: string };

/**
 * One deployment after defaults are merged and values canonicalised. Keys keep the manifest's
 * spelling so that field diffs read exactly like the file; this object (as canonical JSON) is also
 * what a model stack records in its `DeploymentSpec` parameter (see docs/architecture.md).
 */
export interface DeploymentSpec {
  name: string;
  model: string;
  revision: string;
  engine: Engine;
  engine_version?: string;
  engine_args: Record<string, string | number | boolean>;
  service: Service;
  /** Canonical EC2 type name, without the `ml.` prefix even for SageMaker. */
  instance: string;
  region: string;
  scaling: { min: number; max: number };
  spot: boolean;
  api_key: ApiKeySpec;
  hf_token_secret?: string;
  https?: { certificate_arn: string; domain?: string; hosted_zone_id?: string };
  network?: { vpc_id: string; subnet_ids: string[]; public: boolean };
  /** Duration text as written, e.g. `8h`; see core/duration.ts. */
  ttl?: string;
  schedule?: { up: string; down: string; timezone: string };
  protect: boolean;
  params_b?: number;
  /** Present (true) only when the entry opts in to engine_args trust-remote-code. */
  allow_remote_code?: boolean;
  tags: Record<string, string>;
}

export type Severity = 'error' | 'warning' | 'notice';

/** A finding about the manifest or the plan, positioned in the file where that is known. */
export interface Diagnostic {
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Dotted path of the field, e.g. `models.qwen-chat.scaling.min`. */
  field?: string;
  deployment?: string;
}
