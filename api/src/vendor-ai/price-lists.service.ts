import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../common/errors';
import { money } from '../platform/graphql/money-format';
import { AuditLog } from '../platform/audit/log/audit-log.service';
import { checkCurrency } from '../rates/currency';
import type { ToolDataTerms } from '../inference/registry/data-terms';
import { PlanRow, VendorAiRepository } from './vendor-ai.repository';
import {
  RegisterVendorToolInput,
  VendorPlanInput,
  VendorPlanType,
  VendorPriceInput,
  VendorPriceType,
  VendorToolType,
} from './vendor-ai.types';

const toPlan = ({ currency, monthlyFeeMinor, ...row }: PlanRow): VendorPlanType => ({
  ...row,
  monthlyFee: money(monthlyFeeMinor, currency),
});

const checkDates = (from: string, to: string | undefined) => {
  if (to !== undefined && to <= from)
    throw badInput(
      'input.effectiveTo',
      `effectiveTo (${to}) must come after effectiveFrom (${from}); it is the first day no longer covered.`,
    );
};

/** Vendor tools, their approval per production, plans and price lists (all audited). */
@Injectable()
export class PriceListsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: VendorAiRepository,
    private readonly audit: AuditLog,
  ) {}

  tools(): Promise<VendorToolType[]> {
    return this.repo.tools();
  }

  async plans(toolId: string | null): Promise<VendorPlanType[]> {
    return (await this.repo.plans(toolId)).map(toPlan);
  }

  prices(toolId: string | null): Promise<VendorPriceType[]> {
    return this.repo.prices(toolId);
  }

  registerTool(input: RegisterVendorToolInput, actorId: string): Promise<VendorToolType> {
    return this.db.transaction(async (manager) => {
      const id = await this.repo.insertTool(input, actorId, manager);
      if (!id) throw conflict(`${input.vendor} already has a tool named ${input.name}; use that one.`);
      const tool = (await this.repo.tool(id, manager))!;
      await this.audit.append(manager, {
        actor: actorId,
        action: 'vendor_tool.register',
        subjectType: 'vendor_tool',
        subjectId: id,
        payload: { before: null, after: toolView(tool) },
      });
      return tool;
    });
  }

  approveTool(toolId: string, productionId: string, actorId: string): Promise<VendorToolType> {
    return this.db.transaction(async (manager) => {
      const before = await this.repo.tool(toolId, manager, true);
      if (!before) throw notFound('vendor tool', toolId);
      const [production] = await manager.query(`SELECT id FROM production WHERE id = $1`, [productionId]);
      if (!production) throw notFound('production', productionId);
      if (await this.repo.approve(toolId, productionId, actorId, manager)) {
        await this.audit.append(manager, {
          actor: actorId,
          action: 'vendor_tool.approve',
          subjectType: 'vendor_tool',
          subjectId: toolId,
          productionId,
          payload: { before: toolView(before), after: toolView((await this.repo.tool(toolId, manager))!) },
        });
      }
      return (await this.repo.tool(toolId, manager))!;
    });
  }

  /** Records a vendor tool's data terms (audited with before and after); FIVE_PRINCIPLES_CHECKED weighs them. */
  setToolDataTerms(toolId: string, terms: ToolDataTerms, actorId: string): Promise<VendorToolType> {
    return this.db.transaction(async (manager) => {
      const before = await this.repo.tool(toolId, manager, true);
      if (!before) throw notFound('vendor tool', toolId);
      await this.repo.setToolDataTerms(toolId, terms, manager);
      const after = (await this.repo.tool(toolId, manager))!;
      await this.audit.append(manager, {
        actor: actorId,
        action: 'vendor_tool.data_terms.set',
        subjectType: 'vendor_tool',
        subjectId: toolId,
        payload: { before: { ...before.dataTerms }, after: { ...after.dataTerms } },
      });
      return after;
    });
  }

  addPlan(input: VendorPlanInput, actorId: string): Promise<VendorPlanType> {
    checkCurrency('input.currency', input.currency);
    if (input.monthlyFeeMinor < 0n)
      throw badInput('input.monthlyFeeMinor', 'A monthly fee cannot be negative.');
    checkDates(input.effectiveFrom, input.effectiveTo);
    return this.db.transaction(async (manager) => {
      if (!(await this.repo.tool(input.toolId, manager, true))) throw notFound('vendor tool', input.toolId);
      const plan = await this.repo.insertPlan(input, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'vendor_plan.create',
        subjectType: 'vendor_plan',
        subjectId: plan.id,
        payload: { before: null, after: { ...plan } },
      });
      return toPlan(plan);
    });
  }

  /** A price list line; lines of one tool and unit may not overlap in time (checked under the tool's lock). */
  addPrice(input: VendorPriceInput, actorId: string): Promise<VendorPriceType> {
    checkDates(input.effectiveFrom, input.effectiveTo);
    const byPlan = input.planId !== undefined || input.creditsPerUnit !== undefined;
    if (
      byPlan === (input.pricePerUnitMinor !== undefined) ||
      (byPlan && (!input.planId || !input.creditsPerUnit))
    ) {
      throw badInput(
        'input.pricePerUnitMinor',
        'Give either pricePerUnitMinor and currency, or planId and creditsPerUnit.',
      );
    }
    return this.db.transaction(async (manager) => {
      if (!(await this.repo.tool(input.toolId, manager, true))) throw notFound('vendor tool', input.toolId);
      let currency = input.currency;
      if (input.planId) {
        const plan = await this.repo.plan(input.planId, manager);
        if (!plan || plan.toolId !== input.toolId) throw notFound('vendor plan of this tool', input.planId);
        if (currency && currency !== plan.currency)
          throw badInput(
            'input.currency',
            `Plan ${plan.name} bills in ${plan.currency}; leave currency out or give ${plan.currency}.`,
          );
        currency = plan.currency;
      }
      if (!currency) throw badInput('input.currency', 'Give the currency the price is in.');
      checkCurrency('input.currency', currency);
      const [clash] = await this.repo.overlapping(
        input.toolId,
        input.unit,
        input.effectiveFrom,
        input.effectiveTo ?? null,
        manager,
      );
      if (clash) {
        throw conflict(
          `The tool already has a ${input.unit} price from ${clash.effectiveFrom}${clash.effectiveTo ? ` to ${clash.effectiveTo}` : ' with no end'}; end it (or start this one after it) so one price applies each day.`,
        );
      }
      const price = await this.repo.insertPrice(input, currency, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'vendor_price.create',
        subjectType: 'vendor_price',
        subjectId: price.id,
        payload: { before: null, after: { ...price } },
      });
      return price;
    });
  }
}

/** A vendor tool as the audit log keeps it (its data terms as a plain object). */
const toolView = (tool: VendorToolType) => ({ ...tool, dataTerms: { ...tool.dataTerms } });
