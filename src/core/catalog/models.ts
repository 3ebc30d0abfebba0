// Popular Hugging Face models with the facts the fit check needs. Parameter counts are the totals
// given on the model cards (MoE: all experts; `activeParamsB` per token). `contextLength` is the
// config's max_position_embeddings. KV shapes are from the configs; for models with sliding-window
// layers (Gemma 2/3, gpt-oss) a full-length KV estimate is an upper bound.

export type WeightDtype = 'fp32' | 'bf16' | 'fp16' | 'fp8' | 'mxfp4';

export interface KvShape {
  layers: number;
  kvHeads: number;
  headDim: number;
}

export interface ModelInfo {
  /** Exact Hugging Face repo id. */
  id: string;
  paramsB: number;
  activeParamsB?: number;
  /** dtype of the published weights. */
  dtype: WeightDtype;
  kind: 'chat' | 'embedding';
  /** The repo asks users to accept a license or share contact details before download. */
  gated: boolean;
  contextLength: number;
  kv?: KvShape;
  /** Size of the published weight files when it is not params × dtype (mixed-precision checkpoints). */
  checkpointGiB?: number;
}

const kv = (layers: number, kvHeads: number, headDim: number): KvShape => ({ layers, kvHeads, headDim });

const chat = (id: string, paramsB: number, contextLength: number, shape: KvShape | undefined, extra: Partial<ModelInfo> = {}): ModelInfo => ({
  id,
  paramsB,
  dtype: 'bf16',
  kind: 'chat',
  gated: false,
  contextLength,
  ...(shape ? { kv: shape } : {}),
  ...extra
});

const embedding = (id: string, paramsB: number, dtype: WeightDtype, contextLength: number): ModelInfo => ({
  id,
  paramsB,
  dtype,
  kind: 'embedding',
  gated: false,
  contextLength
});

// Meta and Google require accepting their license; mistralai repos require sharing contact details.
const gated = { gated: true };

const MODELS: readonly ModelInfo[] = [
  // Qwen2.5
  chat('Qwen/Qwen2.5-0.5B-Instruct', 0.49, 32768, kv(24, 2, 64)),
  chat('Qwen/Qwen2.5-1.5B-Instruct', 1.54, 32768, kv(28, 2, 128)),
  chat('Qwen/Qwen2.5-3B-Instruct', 3.09, 32768, kv(36, 2, 128)),
  chat('Qwen/Qwen2.5-7B-Instruct', 7.61, 32768, kv(28, 4, 128)),
  chat('Qwen/Qwen2.5-14B-Instruct', 14.7, 32768, kv(48, 8, 128)),
  chat('Qwen/Qwen2.5-32B-Instruct', 32.5, 32768, kv(64, 8, 128)),
  chat('Qwen/Qwen2.5-72B-Instruct', 72.7, 32768, kv(80, 8, 128)),
  chat('Qwen/Qwen2.5-Coder-7B-Instruct', 7.61, 32768, kv(28, 4, 128)),
  chat('Qwen/Qwen2.5-Coder-32B-Instruct', 32.5, 32768, kv(64, 8, 128)),
  // Qwen3
  chat('Qwen/Qwen3-0.6B', 0.6, 40960, kv(28, 8, 128)),
  chat('Qwen/Qwen3-1.7B', 1.7, 40960, kv(28, 8, 128)),
  chat('Qwen/Qwen3-4B', 4.0, 40960, kv(36, 8, 128)),
  chat('Qwen/Qwen3-8B', 8.2, 40960, kv(36, 8, 128)),
  chat('Qwen/Qwen3-14B', 14.8, 40960, kv(40, 8, 128)),
  chat('Qwen/Qwen3-32B', 32.8, 40960, kv(64, 8, 128)),
  chat('Qwen/Qwen3-30B-A3B', 30.5, 40960, kv(48, 4, 128), { activeParamsB: 3.3 }),
  chat('Qwen/Qwen3-235B-A22B', 235, 40960, kv(94, 4, 128), { activeParamsB: 22 }),
  // Llama
  chat('meta-llama/Llama-3.1-8B-Instruct', 8.03, 131072, kv(32, 8, 128), gated),
  chat('meta-llama/Llama-3.1-70B-Instruct', 70.6, 131072, kv(80, 8, 128), gated),
  chat('meta-llama/Llama-3.1-405B-Instruct', 405.9, 131072, kv(126, 8, 128), gated),
  chat('meta-llama/Llama-3.2-1B-Instruct', 1.24, 131072, kv(16, 8, 64), gated),
  chat('meta-llama/Llama-3.2-3B-Instruct', 3.21, 131072, kv(28, 8, 128), gated),
  chat('meta-llama/Llama-3.3-70B-Instruct', 70.6, 131072, kv(80, 8, 128), gated),
  // Mistral
  chat('mistralai/Mistral-7B-Instruct-v0.3', 7.25, 32768, kv(32, 8, 128), gated),
  chat('mistralai/Mistral-Small-24B-Instruct-2501', 23.6, 32768, kv(40, 8, 128), gated),
  chat('mistralai/Mixtral-8x7B-Instruct-v0.1', 46.7, 32768, kv(32, 8, 128), { ...gated, activeParamsB: 12.9 }),
  chat('mistralai/Mixtral-8x22B-Instruct-v0.1', 141, 65536, kv(56, 8, 128), { ...gated, activeParamsB: 39 }),
  // Gemma (2-2b-it is published in fp32)
  chat('google/gemma-2-2b-it', 2.61, 8192, kv(26, 4, 256), { ...gated, dtype: 'fp32' }),
  chat('google/gemma-2-9b-it', 9.24, 8192, kv(42, 8, 256), gated),
  chat('google/gemma-2-27b-it', 27.2, 8192, kv(46, 16, 128), gated),
  chat('google/gemma-3-1b-it', 1.0, 32768, kv(26, 1, 256), gated),
  chat('google/gemma-3-4b-it', 4.3, 131072, kv(34, 4, 256), gated),
  chat('google/gemma-3-12b-it', 12.2, 131072, kv(48, 8, 256), gated),
  chat('google/gemma-3-27b-it', 27.4, 131072, kv(62, 16, 128), gated),
  // Phi
  chat('microsoft/Phi-3.5-mini-instruct', 3.82, 131072, kv(32, 32, 96)),
  chat('microsoft/phi-4', 14.7, 16384, kv(40, 10, 128)),
  chat('microsoft/Phi-4-mini-instruct', 3.84, 131072, kv(32, 8, 128)),
  // DeepSeek R1 distills
  chat('deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B', 1.78, 131072, kv(28, 2, 128)),
  chat('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 7.62, 131072, kv(28, 4, 128)),
  chat('deepseek-ai/DeepSeek-R1-Distill-Qwen-14B', 14.8, 131072, kv(48, 8, 128)),
  chat('deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 32.8, 131072, kv(64, 8, 128)),
  chat('deepseek-ai/DeepSeek-R1-Distill-Llama-8B', 8.03, 131072, kv(32, 8, 128)),
  chat('deepseek-ai/DeepSeek-R1-Distill-Llama-70B', 70.6, 131072, kv(80, 8, 128)),
  // gpt-oss: MoE weights in MXFP4, the rest in bf16, hence the published checkpoint size.
  chat('openai/gpt-oss-20b', 20.9, 131072, kv(24, 8, 64), { dtype: 'mxfp4', activeParamsB: 3.6, checkpointGiB: 12.8 }),
  chat('openai/gpt-oss-120b', 116.8, 131072, kv(36, 8, 64), { dtype: 'mxfp4', activeParamsB: 5.1, checkpointGiB: 60.8 }),
  // Embeddings
  embedding('BAAI/bge-m3', 0.568, 'fp32', 8194),
  embedding('intfloat/e5-mistral-7b-instruct', 7.11, 'fp16', 32768),
  embedding('Qwen/Qwen3-Embedding-0.6B', 0.6, 'bf16', 40960),
  embedding('Qwen/Qwen3-Embedding-4B', 4.02, 'bf16', 40960),
  embedding('Qwen/Qwen3-Embedding-8B', 7.57, 'bf16', 40960),
  embedding('nomic-ai/nomic-embed-text-v1.5', 0.137, 'fp32', 8192)
];

const BY_ID = new Map(MODELS.map((m) => [m.id.toLowerCase(), m]));

/** Case-insensitive exact repo id match; no fuzzy matching, a near miss is a different model. */
export function findModel(id: string): ModelInfo | undefined {
  return BY_ID.get(id.trim().toLowerCase());
}

export function knownModels(): readonly ModelInfo[] {
  return MODELS;
}
