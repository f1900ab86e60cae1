import { AsyncLocalStorage } from 'node:async_hooks';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { actorOf } from '../../platform/auth/current-user';

/** Who asked for the report being computed, so the pool can cap each person without every service passing it down. */
export const reportCaller = new AsyncLocalStorage<string>();

/** Runs each resolver inside its caller's context (a request without a signed-in user runs outside one). */
@Injectable()
export class ReportCallerInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const id = actorOf(context)?.id;
    if (!id) return next.handle();
    return new Observable((subscriber) => reportCaller.run(id, () => next.handle().subscribe(subscriber)));
  }
}
