import { createLogger } from '../../api/src/common/logger';

/** Tests log warnings and errors only, unless LOG_LEVEL asks for more. */
export const testLogger = () => createLogger(process.env.LOG_LEVEL ?? 'warn', 'test');
