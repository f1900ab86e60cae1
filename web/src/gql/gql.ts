/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n    formatted\n  }\n': typeof types.MoneyFieldsFragmentDoc;
  '\n  fragment MissingRateFields on MissingRate {\n    timeEntryId\n    production\n    role\n    workDate\n    hours\n  }\n': typeof types.MissingRateFieldsFragmentDoc;
  '\n  fragment WorkingFields on Working {\n    note\n    lines(first: 100) {\n      totalCount\n      edges {\n        node {\n          label\n          quantity\n          unit\n          rate {\n            ...MoneyFields\n          }\n          amount {\n            ...MoneyFields\n          }\n          refs(first: 12) {\n            totalCount\n            nodes {\n              id\n              kind\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.WorkingFieldsFragmentDoc;
  '\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) {\n      email\n    }\n  }\n': typeof types.SetPasswordWithLinkDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n': typeof types.MeDocument;
  '\n  query SignInOptions {\n    signInOptions {\n      passwords\n      singleSignOn {\n        providerName\n        startPath\n      }\n    }\n  }\n': typeof types.SignInOptionsDocument;
  '\n  query AiUseLedger(\n    $first: Int!\n    $after: String\n    $productionId: ID\n    $modelId: ID\n    $from: String\n    $to: String\n    $order: LedgerOrder\n  ) {\n    aiUseLedger(\n      first: $first\n      after: $after\n      productionId: $productionId\n      modelId: $modelId\n      from: $from\n      to: $to\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          runId\n          source\n          jobId\n          externalRef\n          productionCode\n          shotCode\n          taskId\n          taskType\n          path\n          modelName\n          tool\n          operator\n          c2paStatus\n          modelSha256\n          modelStatus\n          modelApprovedBy\n          modelApprovedAt\n          licence\n          trainingData\n          trainingDataNotes\n          vendor\n          provider\n          deviceClass\n          frames\n          wallMs\n          finishedAt\n          ranBy\n          computeCost {\n            ...MoneyFields\n          }\n          likenessKind\n          performerName\n          consentStanding\n          noticeHoursBeforeFirstUse\n          inFinalDeliverable\n          exceptions {\n            id\n            ruleId\n            status\n          }\n        }\n      }\n    }\n  }\n': typeof types.AiUseLedgerDocument;
  '\n  query ModelNames {\n    modelInventory {\n      id\n      name\n      version\n    }\n  }\n': typeof types.ModelNamesDocument;
  '\n  query PolicyExceptions($first: Int!, $after: String, $filter: PolicyExceptionFilter) {\n    policyExceptions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ruleId\n          status\n          message\n          evidenceJson\n          productionId\n          occasion\n          occurrences\n          productionCode\n          shotCode\n          taskId\n          firstSeenAt\n          lastSeenAt\n          reviewStatus\n          reviewNote\n          reviewedBy\n          reviewedAt\n          closeReason\n          closedBy\n          closedAt\n        }\n      }\n    }\n  }\n': typeof types.PolicyExceptionsDocument;
  '\n  query PolicyRules {\n    policyRules {\n      id\n      text\n      source\n      defaultSeverity\n      packs\n    }\n  }\n': typeof types.PolicyRulesDocument;
  '\n  mutation ReviewPolicyException($id: ID!, $reviewStatus: PolicyReviewStatus!, $note: String!) {\n    reviewPolicyException(id: $id, reviewStatus: $reviewStatus, note: $note) {\n      id\n      reviewStatus\n      reviewNote\n      reviewedBy\n      reviewedAt\n    }\n  }\n': typeof types.ReviewPolicyExceptionDocument;
  '\n  mutation WaivePolicyException($id: ID!, $reason: String!) {\n    waivePolicyException(id: $id, reason: $reason) {\n      id\n      status\n      closeReason\n      closedBy\n      closedAt\n    }\n  }\n': typeof types.WaivePolicyExceptionDocument;
  '\n  query ConsentRegister($productionId: ID) {\n    consentRegister(productionId: $productionId) {\n      id\n      performerName\n      productionCode\n      replicaKind\n      scope\n      signedAt\n      noticeGivenAt\n      firstLikenessUseAt\n      noticeHoursBeforeFirstUse\n      standing\n      estateConsent\n      scanReason\n      performerMinor\n      guardianName\n      trainingLicensedAt\n      trainingNoticeAt\n      documentSha256\n      tasks\n      openExceptions\n      compensation {\n        ...MoneyFields\n      }\n    }\n  }\n': typeof types.ConsentRegisterDocument;
  '\n  fragment CheckpointFields on AuditCheckpoint {\n    treeSize\n    rootHash\n    at\n    keyId\n    publicKey\n    signature\n  }\n': typeof types.CheckpointFieldsFragmentDoc;
  '\n  query LatestCheckpoint {\n    auditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n': typeof types.LatestCheckpointDocument;
  '\n  mutation SignAuditCheckpoint {\n    signAuditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n': typeof types.SignAuditCheckpointDocument;
  '\n  query AuditConsistencyProof($from: Int!, $to: Int!) {\n    auditConsistencyProof(from: $from, to: $to) {\n      fromSize\n      toSize\n      fromRoot\n      toRoot\n      path\n    }\n  }\n': typeof types.AuditConsistencyProofDocument;
  '\n  query AuditWitnessStatus {\n    auditContinuity {\n      ok\n      checkedAt\n      logSize\n      lastSignedSize\n      finding {\n        treeSize\n        consistentUpTo\n        detectedAt\n        message\n      }\n    }\n    auditWitnesses {\n      id\n      name\n      organisation\n      keyId\n      refusing\n      lastCosigned {\n        treeSize\n        signedAt\n        receivedAt\n      }\n      lastRefusal {\n        treeSize\n        fromSize\n        reason\n        receivedAt\n      }\n    }\n  }\n': typeof types.AuditWitnessStatusDocument;
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      performerName\n    }\n  }\n': typeof types.RecordConsentDocument;
  '\n  query PolicyExceptionCounts($filter: PolicyExceptionFilter) {\n    policyExceptionCounts(filter: $filter) {\n      ruleId\n      productionId\n      productionCode\n      total\n      open\n      unreviewed\n    }\n  }\n': typeof types.PolicyExceptionCountsDocument;
  '\n  mutation ReviewPolicyExceptions($ids: [ID!]!, $reviewStatus: PolicyReviewStatus!, $note: String!) {\n    reviewPolicyExceptions(ids: $ids, reviewStatus: $reviewStatus, note: $note) {\n      id\n      reviewStatus\n      reviewNote\n    }\n  }\n': typeof types.ReviewPolicyExceptionsDocument;
  '\n  mutation RecordExceptionNotice($id: ID!, $unionName: String!, $scope: String!, $givenAt: String!) {\n    recordExceptionNotice(id: $id, unionName: $unionName, scope: $scope, givenAt: $givenAt) {\n      id\n      status\n      closeReason\n    }\n  }\n': typeof types.RecordExceptionNoticeDocument;
  '\n  fragment LabourFiguresFields on LabourImpactRow {\n    role\n    department\n    taskType\n    quarter\n    displacedHours\n    displacedFte\n    createdHours\n    createdFte\n    netHours\n    netFte\n    finishedAiTasks\n    wagesDisplaced {\n      ...MoneyFields\n    }\n  }\n': typeof types.LabourFiguresFieldsFragmentDoc;
  '\n  query LabourImpact($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {\n    labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {\n      currency\n      quarters\n      rows {\n        ...LabourFiguresFields\n      }\n      totals {\n        displacedHours\n        displacedFte\n        createdHours\n        createdFte\n        netHours\n        netFte\n        finishedAiTasks\n        wagesDisplaced {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n': typeof types.LabourImpactDocument;
  '\n  query LabourWorking($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {\n    labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {\n      rows {\n        role\n        department\n        taskType\n        quarter\n        working {\n          ...WorkingFields\n        }\n      }\n      totals {\n        working {\n          ...WorkingFields\n        }\n      }\n    }\n  }\n': typeof types.LabourWorkingDocument;
  '\n  fragment ModelFields on Model {\n    id\n    name\n    version\n    status\n    sha256\n    sizeBytes\n    fileId\n    taskTypes\n    createdAt\n    decidedAt\n    decisionReason\n    producer\n    irVersion\n    inputs {\n      name\n      type\n      shape\n    }\n    outputs {\n      name\n      type\n      shape\n    }\n    adapter {\n      layout\n      colour\n      size\n      width\n      height\n      sizeMultiple\n      fixedSizeStrategy\n      tileOverlap\n      outputKind\n      outputName\n      maskThreshold\n      imageInput\n      extraInputs {\n        name\n        source\n      }\n      valueRange {\n        min\n        max\n      }\n      meanStd {\n        mean\n        std\n      }\n    }\n    provenance {\n      licence\n      trainingData\n      trainingDataNotes\n      vendor\n      source\n      weights\n      modelCard\n    }\n    dataTerms {\n      trainsOnInputs\n      retentionDays\n      enterpriseAgreement\n    }\n    performerScope {\n      performerName\n      productionCode\n    }\n  }\n': typeof types.ModelFieldsFragmentDoc;
  '\n  query Models($first: Int!, $filter: ModelFilter) {\n    models(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ModelFields\n        }\n      }\n    }\n  }\n': typeof types.ModelsDocument;
  '\n  query ModelUse {\n    modelInventory {\n      id\n      runs\n      frames\n      lastUsedAt\n      productions\n      openExceptions\n      decidedBy\n    }\n  }\n': typeof types.ModelUseDocument;
  '\n  mutation ApproveModel($id: ID!) {\n    approveModel(id: $id) {\n      ...ModelFields\n    }\n  }\n': typeof types.ApproveModelDocument;
  '\n  mutation RejectModel($id: ID!, $reason: String!) {\n    rejectModel(id: $id, reason: $reason) {\n      ...ModelFields\n    }\n  }\n': typeof types.RejectModelDocument;
  '\n  mutation RegisterModel($input: RegisterModelInput!) {\n    registerModel(input: $input) {\n      ...ModelFields\n    }\n  }\n': typeof types.RegisterModelDocument;
  '\n  query People {\n    people {\n      id\n      email\n      displayName\n      role\n      active\n      lastSignInAt\n      invitationPending\n      memberships {\n        productionId\n        role\n        company\n      }\n    }\n  }\n': typeof types.PeopleDocument;
  '\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        id\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n': typeof types.InvitePersonDocument;
  '\n  mutation ChangePersonRole($id: ID!, $role: Role!) {\n    changePersonRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n': typeof types.ChangePersonRoleDocument;
  '\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n      active\n    }\n  }\n': typeof types.DeactivatePersonDocument;
  '\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n      active\n    }\n  }\n': typeof types.ReactivatePersonDocument;
  '\n  mutation SetPersonMemberships($id: ID!, $memberships: [MembershipInput!]!) {\n    setPersonMemberships(id: $id, memberships: $memberships) {\n      id\n      memberships {\n        productionId\n        role\n        company\n      }\n    }\n  }\n': typeof types.SetPersonMembershipsDocument;
  '\n  query MembershipProductions {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n        }\n      }\n    }\n  }\n': typeof types.MembershipProductionsDocument;
  '\n  query PortfolioSummary($quarter: String!, $currency: String!, $productionIds: [ID!]) {\n    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {\n      quarter\n      from\n      to\n      currency\n      totalSpend {\n        ...MoneyFields\n      }\n      humanSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      allHumanBaseline {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiPathCost {\n        value {\n          ...MoneyFields\n        }\n      }\n      savings {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiShareOfTasks\n      aiShareOfHours\n      aiTasksWorked\n      tasksWorked\n      aiTaskHours\n      hoursLogged\n      machineHours\n      finishedAiTasks\n      speedUp {\n        median\n        tasks\n      }\n      labourTotals {\n        displacedHours\n        createdHours\n        netHours\n        displacedFte\n        createdFte\n        netFte\n        wagesDisplaced {\n          ...MoneyFields\n        }\n      }\n      labourByRole {\n        role\n        displacedHours\n        createdHours\n        netHours\n      }\n      missingRates {\n        ...MissingRateFields\n      }\n    }\n  }\n': typeof types.PortfolioSummaryDocument;
  '\n  query PortfolioTrend($quarter: String!, $currency: String!, $productionIds: [ID!]) {\n    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {\n      quarter\n      humanSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      savings {\n        value {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n': typeof types.PortfolioTrendDocument;
  '\n  query PortfolioWorking($quarter: String!, $currency: String!, $productionIds: [ID!]) {\n    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {\n      humanSpend {\n        working {\n          ...WorkingFields\n        }\n      }\n      aiSpend {\n        working {\n          ...WorkingFields\n        }\n      }\n      allHumanBaseline {\n        working {\n          ...WorkingFields\n        }\n      }\n      aiPathCost {\n        working {\n          ...WorkingFields\n        }\n      }\n      savings {\n        working {\n          ...WorkingFields\n        }\n      }\n      speedUp {\n        working {\n          ...WorkingFields\n        }\n      }\n      labourTotals {\n        working {\n          ...WorkingFields\n        }\n      }\n    }\n  }\n': typeof types.PortfolioWorkingDocument;
  '\n  query FxCurrencies {\n    fxRates(first: 100) {\n      edges {\n        node {\n          currency\n          reportingCurrency\n        }\n      }\n    }\n  }\n': typeof types.FxCurrenciesDocument;
  '\n  mutation CreateProduction($input: CreateProductionInput!) {\n    createProduction(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateProductionDocument;
  '\n  query Productions($first: Int!, $after: String) {\n    productions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          country\n          currency\n          reportingCurrency\n          startDate\n          deliveryDate\n          guildCovered\n          vfxBudget {\n            ...MoneyFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProductionsDocument;
  '\n  fragment AiUseFactsFields on AiUseFacts {\n    taskId\n    shotCode\n    useClass\n    useClassReason\n    outputStatus\n    escalation\n    requiredForFinal\n    lastAiRunAt\n    signedOffBy\n    signedOffAt\n    disclosures {\n      id\n      contact\n      disclosedAt\n      description\n      recordedBy\n    }\n    checklist {\n      noUnownedMaterial\n      noDataReuse\n      enterpriseSecured\n      outputTemporary\n      noTalentReplacement\n      involvesPersonalData\n      involvesThirdPartyIp\n      answeredAt\n    }\n    approvals {\n      id\n      category\n      approver\n      documentRef\n      approvedAt\n      recordedBy\n    }\n  }\n': typeof types.AiUseFactsFieldsFragmentDoc;
  '\n  query AiUseFacts($taskId: ID!) {\n    aiUseFacts(taskId: $taskId) {\n      ...AiUseFactsFields\n    }\n  }\n': typeof types.AiUseFactsDocument;
  '\n  mutation RecordAiUseDisclosure($input: RecordAiUseDisclosureInput!) {\n    recordAiUseDisclosure(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n': typeof types.RecordAiUseDisclosureDocument;
  '\n  mutation AnswerAiUseChecklist($input: AnswerAiUseChecklistInput!) {\n    answerAiUseChecklist(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n': typeof types.AnswerAiUseChecklistDocument;
  '\n  mutation RecordAiUseApproval($input: RecordAiUseApprovalInput!) {\n    recordAiUseApproval(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n': typeof types.RecordAiUseApprovalDocument;
  '\n  mutation ClassifyAiUse($input: ClassifyAiUseInput!) {\n    classifyAiUse(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n': typeof types.ClassifyAiUseDocument;
  '\n  mutation PromoteAiOutputToFinal($taskId: ID!) {\n    promoteAiOutputToFinal(taskId: $taskId) {\n      ...AiUseFactsFields\n    }\n  }\n': typeof types.PromoteAiOutputToFinalDocument;
  '\n  mutation SignOffTask($taskId: ID!) {\n    signOffTask(taskId: $taskId) {\n      taskId\n      signedOffBy\n      signedOffAt\n    }\n  }\n': typeof types.SignOffTaskDocument;
  '\n  query BreakdownTasks(\n    $productionId: ID!\n    $first: Int!\n    $episodeId: ID\n    $sequence: String\n    $taskTypeCode: String\n    $path: TaskPath\n    $status: TaskStatus\n  ) {\n    tasks(\n      productionId: $productionId\n      first: $first\n      episodeId: $episodeId\n      sequence: $sequence\n      taskTypeCode: $taskTypeCode\n      path: $path\n      status: $status\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          complexity\n          path\n          status\n          aiCategory\n          aiForbidden\n          likenessKind\n          performerName\n          plannedAiReviewHours\n          baselineHoursOverride\n          vendorCompany\n          inFinalDeliverable\n          baseline {\n            hours\n            optimisticHours\n            pessimisticHours\n            source\n            working\n          }\n          taskType {\n            code\n            name\n            baselineRole {\n              code\n              name\n            }\n          }\n          shot {\n            id\n            code\n            sequence\n            frameIn\n            frameOut\n            frameCount\n            timeScalar\n            description\n            performerLikeness\n            episode {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.BreakdownTasksDocument;
  '\n  query BreakdownFilters($productionId: ID!) {\n    episodes(productionId: $productionId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n        }\n      }\n    }\n  }\n': typeof types.BreakdownFiltersDocument;
  '\n  mutation ImportBreakdown(\n    $productionId: ID!\n    $format: BreakdownFormat!\n    $content: String!\n    $dryRun: Boolean!\n    $episodeNumber: Int\n    $fps: Float\n    $taskTypeCode: String\n    $path: TaskPath\n    $complexity: Int\n  ) {\n    importBreakdown(\n      productionId: $productionId\n      format: $format\n      content: $content\n      dryRun: $dryRun\n      episodeNumber: $episodeNumber\n      fps: $fps\n      taskTypeCode: $taskTypeCode\n      path: $path\n      complexity: $complexity\n    ) {\n      dryRun\n      committed\n      format\n      title\n      newEpisodes\n      newShots\n      newTasks\n      errors {\n        line\n        field\n        message\n        suggestion\n      }\n      shots {\n        line\n        code\n        episodeNumber\n        sequence\n        frameIn\n        frameOut\n        frameCount\n        timeScalar\n        exists\n      }\n      tasks {\n        line\n        shotCode\n        taskTypeCode\n        complexity\n        path\n        exists\n      }\n    }\n  }\n': typeof types.ImportBreakdownDocument;
  '\n  mutation CreateShot($input: CreateShotInput!) {\n    createShot(input: $input) {\n      id\n      code\n    }\n  }\n': typeof types.CreateShotDocument;
  '\n  mutation UpdateShot($id: ID!, $input: UpdateShotInput!) {\n    updateShot(id: $id, input: $input) {\n      id\n      code\n    }\n  }\n': typeof types.UpdateShotDocument;
  '\n  mutation DeleteShot($id: ID!) {\n    deleteShot(id: $id) {\n      summary\n    }\n  }\n': typeof types.DeleteShotDocument;
  '\n  mutation CreateTasks($input: CreateTasksInput!) {\n    createTasks(input: $input) {\n      created\n    }\n  }\n': typeof types.CreateTasksDocument;
  '\n  mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) {\n    updateTask(id: $id, input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateTaskDocument;
  '\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id) {\n      summary\n    }\n  }\n': typeof types.DeleteTaskDocument;
  '\n  query ShotTaskNames($productionId: ID!, $shotId: ID!) {\n    tasks(productionId: $productionId, shotId: $shotId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          taskType {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ShotTaskNamesDocument;
  '\n  query VendorTools {\n    vendorTools {\n      id\n      vendor\n      name\n      approvedProductionIds\n      dataTerms {\n        trainsOnInputs\n        retentionDays\n        enterpriseAgreement\n      }\n    }\n  }\n': typeof types.VendorToolsDocument;
  '\n  mutation RecordAiRun($input: RecordAiRunInput!) {\n    recordAiRun(input: $input) {\n      id\n      tool\n      modelLabel\n      credits\n      cost {\n        ...MoneyFields\n      }\n      outputs {\n        fileId\n        originalName\n        c2paStatus\n      }\n    }\n  }\n': typeof types.RecordAiRunDocument;
  '\n  query CostReport($productionId: ID!, $asOf: String!) {\n    costReport(productionId: $productionId, asOf: $asOf) {\n      asOf\n      currency\n      missingRates {\n        ...MissingRateFields\n      }\n      vfxBudget {\n        ...MoneyFields\n      }\n      totals {\n        budget {\n          ...MoneyFields\n        }\n        bid {\n          ...MoneyFields\n        }\n        actualToDate {\n          ...MoneyFields\n        }\n        estimateToComplete {\n          ...MoneyFields\n        }\n        estimateAtCompletion {\n          ...MoneyFields\n        }\n        variance {\n          ...MoneyFields\n        }\n        bidVariance {\n          ...MoneyFields\n        }\n      }\n      lines {\n        taskType\n        tasks\n        budget {\n          ...MoneyFields\n        }\n        bid {\n          ...MoneyFields\n        }\n        actualToDate {\n          ...MoneyFields\n        }\n        estimateToComplete {\n          ...MoneyFields\n        }\n        estimateAtCompletion {\n          ...MoneyFields\n        }\n        variance {\n          ...MoneyFields\n        }\n        bidVariance {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n': typeof types.CostReportDocument;
  '\n  query CostWorking($productionId: ID!, $asOf: String!) {\n    costReport(productionId: $productionId, asOf: $asOf) {\n      totals {\n        working {\n          ...WorkingFields\n        }\n      }\n      lines {\n        taskType\n        working {\n          ...WorkingFields\n        }\n      }\n    }\n  }\n': typeof types.CostWorkingDocument;
  '\n  query BidVsActual($productionId: ID!, $groupBy: BidGrouping!) {\n    bidVsActual(productionId: $productionId, groupBy: $groupBy) {\n      currency\n      missingRates {\n        ...MissingRateFields\n      }\n      totals {\n        tasks\n        bidHours\n        actualHours\n        hoursVariance\n        bidCost {\n          ...MoneyFields\n        }\n        actualCost {\n          ...MoneyFields\n        }\n        costVariance {\n          ...MoneyFields\n        }\n      }\n      rows {\n        key\n        tasks\n        bidHours\n        actualHours\n        hoursVariance\n        bidCost {\n          ...MoneyFields\n        }\n        actualCost {\n          ...MoneyFields\n        }\n        costVariance {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n': typeof types.BidVsActualDocument;
  '\n  query PlanFrontier($productionId: ID!, $scenarioId: ID) {\n    planFrontier(productionId: $productionId, scenarioId: $scenarioId) {\n      exact\n      totalPoints\n      displacementCapHours\n      maxGapHours\n      maxGapCost {\n        ...MoneyFields\n      }\n      budgetBeforeContingency {\n        ...MoneyFields\n      }\n      points {\n        index\n        displacedHours\n        cost {\n          ...MoneyFields\n        }\n        paths {\n          path\n          tasks\n        }\n      }\n      leastDisplacementWithinBudget {\n        status\n        message\n        point {\n          index\n        }\n      }\n      cheapestWithinDisplacementCap {\n        status\n        message\n        point {\n          index\n        }\n      }\n    }\n  }\n': typeof types.PlanFrontierDocument;
  '\n  query CurrentPlanCost($productionId: ID!, $scenarioId: ID) {\n    feasibility(productionId: $productionId, scenarioId: $scenarioId) {\n      estimateAtCompletion {\n        ...MoneyFields\n      }\n    }\n  }\n': typeof types.CurrentPlanCostDocument;
  '\n  query PlanAdoptionPreview($productionId: ID!, $scenarioId: ID, $index: Int!) {\n    planAdoptionPreview(productionId: $productionId, scenarioId: $scenarioId, index: $index) {\n      index\n      fingerprint\n      costEffect {\n        ...MoneyFields\n      }\n      changes {\n        taskId\n        task\n        from\n        to\n        costEffect {\n          ...MoneyFields\n        }\n      }\n      kept {\n        taskId\n        task\n        path\n        wanted\n        reason\n      }\n    }\n  }\n': typeof types.PlanAdoptionPreviewDocument;
  '\n  mutation AdoptFrontierPoint($productionId: ID!, $scenarioId: ID, $index: Int!, $fingerprint: String!) {\n    adoptFrontierPoint(\n      productionId: $productionId\n      scenarioId: $scenarioId\n      index: $index\n      fingerprint: $fingerprint\n    ) {\n      adoptionId\n      index\n      changed\n      kept {\n        taskId\n        task\n        path\n        wanted\n        reason\n      }\n    }\n  }\n': typeof types.AdoptFrontierPointDocument;
  '\n  mutation UndoPlanAdoption($adoptionId: ID!) {\n    undoPlanAdoption(adoptionId: $adoptionId) {\n      adoptionId\n      restored {\n        taskId\n        task\n        from\n        to\n      }\n    }\n  }\n': typeof types.UndoPlanAdoptionDocument;
  '\n  query Scenarios($productionId: ID!) {\n    scenarios(productionId: $productionId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          updatedAt\n          assumptions {\n            aiReviewHoursPerTask\n            contingencyPercent\n            gpuCount\n            gpuDeviceClass\n            gpuSecondsPerFrame\n            hoursPerWeek\n            reworkRatePercent\n            gpuPricePerHour {\n              ...MoneyFields\n            }\n            headcounts {\n              roleCode\n              people\n            }\n            pathByTaskType {\n              taskTypeCode\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ScenariosDocument;
  '\n  fragment PlanBasisFields on PlanBasis {\n    planDate\n    scenario\n    asOf\n    tasks\n    unbidTasks\n  }\n': typeof types.PlanBasisFieldsFragmentDoc;
  '\n  query Feasibility($productionId: ID!, $scenarioId: ID) {\n    feasibility(productionId: $productionId, scenarioId: $scenarioId) {\n      verdict\n      summary\n      scheduleWeeks\n      weeksToDelivery\n      basis {\n        ...PlanBasisFields\n      }\n      budget {\n        ...MoneyFields\n      }\n      actualToDate {\n        ...MoneyFields\n      }\n      estimateToComplete {\n        ...MoneyFields\n      }\n      estimateAtCompletion {\n        ...MoneyFields\n      }\n      contingency {\n        ...MoneyFields\n      }\n      totalCost {\n        ...MoneyFields\n      }\n      headroom {\n        ...MoneyFields\n      }\n      variance {\n        ...MoneyFields\n      }\n      assumptions {\n        kind\n        name\n        hours\n        sentence\n      }\n      binding {\n        kind\n        name\n        utilisation\n        weeks\n      }\n      constraints {\n        kind\n        name\n        utilisation\n        weeks\n      }\n    }\n  }\n': typeof types.FeasibilityDocument;
  '\n  query FeasibilityWorking($productionId: ID!, $scenarioId: ID) {\n    feasibility(productionId: $productionId, scenarioId: $scenarioId) {\n      working {\n        ...WorkingFields\n      }\n    }\n  }\n': typeof types.FeasibilityWorkingDocument;
  '\n  query Risk($productionId: ID!, $scenarioId: ID) {\n    riskProfile(productionId: $productionId, scenarioId: $scenarioId) {\n      method\n      draws\n      seed\n      probabilityWithinBudget\n      budget {\n        ...MoneyFields\n      }\n      mean {\n        ...MoneyFields\n      }\n      p10 {\n        ...MoneyFields\n      }\n      p50 {\n        ...MoneyFields\n      }\n      p80 {\n        ...MoneyFields\n      }\n      p90 {\n        ...MoneyFields\n      }\n      histogram {\n        count\n        from {\n          ...MoneyFields\n        }\n        to {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n': typeof types.RiskDocument;
  '\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.CreateScenarioDocument;
  '\n  query ProductionHeader($id: ID!) {\n    production(id: $id) {\n      id\n      code\n      title\n      currency\n      reportingCurrency\n      startDate\n      deliveryDate\n      guildCovered\n      vfxBudget {\n        ...MoneyFields\n      }\n    }\n  }\n': typeof types.ProductionHeaderDocument;
  '\n  query ProductionRates($productionId: ID!) {\n    production(id: $productionId) {\n      id\n      currency\n      reportingCurrency\n      startDate\n      deliveryDate\n    }\n    rateCardInEffect(productionId: $productionId) {\n      id\n      name\n      currency\n      effectiveFrom\n      productionId\n      source\n      lines {\n        fringePercent\n        source\n        role {\n          code\n          name\n        }\n        hourlyRate {\n          ...MoneyFields\n        }\n        flatFringePerHour {\n          ...MoneyFields\n        }\n        loadedRate {\n          ...MoneyFields\n        }\n      }\n    }\n    labourRoles(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          department\n        }\n      }\n    }\n    taskTypes(first: 100) {\n      edges {\n        node {\n          code\n          name\n          defaultAiCategory\n          baselineRole {\n            code\n            name\n          }\n          bidTemplates {\n            name\n            complexity\n            unit\n            optimistic\n            mostLikely\n            pessimistic\n            source\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProductionRatesDocument;
  '\n  mutation CreateRateCard($input: CreateRateCardInput!) {\n    createRateCard(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateRateCardDocument;
  '\n  mutation SetRateCardLine($input: SetRateCardLineInput!) {\n    setRateCardLine(input: $input) {\n      id\n    }\n  }\n': typeof types.SetRateCardLineDocument;
  '\n  mutation SaveTaskType($input: TaskTypeInput!) {\n    saveTaskType(input: $input) {\n      code\n    }\n  }\n': typeof types.SaveTaskTypeDocument;
  '\n  mutation CreateLabourRole($input: LabourRoleInput!) {\n    createLabourRole(input: $input) {\n      code\n    }\n  }\n': typeof types.CreateLabourRoleDocument;
  '\n  query ProductionFxRates($currency: String!, $reportingCurrency: String!) {\n    fxRates(currency: $currency, reportingCurrency: $reportingCurrency, first: 100) {\n      edges {\n        node {\n          quarter\n          rate\n          source\n        }\n      }\n    }\n  }\n': typeof types.ProductionFxRatesDocument;
  '\n  mutation SetFxRate($input: FxRateInput!) {\n    setFxRate(input: $input) {\n      quarter\n    }\n  }\n': typeof types.SetFxRateDocument;
  '\n  mutation SetBidTemplate($input: BidTemplateInput!) {\n    setBidTemplate(input: $input) {\n      id\n    }\n  }\n': typeof types.SetBidTemplateDocument;
  '\n  query ProductionRulePacks($productionId: ID!) {\n    rulePacks(productionId: $productionId) {\n      id\n      title\n      source\n      effectiveFrom\n      effectiveTo\n      chosen\n      rules {\n        id\n        text\n        severity\n        defaultSeverity\n      }\n    }\n    disclosurePlans(productionId: $productionId) {\n      id\n      deliverable\n      placements\n      howTold\n      firstExposure\n    }\n  }\n': typeof types.ProductionRulePacksDocument;
  '\n  mutation SetPolicySeverity($productionId: ID!, $ruleId: PolicyRuleId!, $severity: PolicySeverity!) {\n    setPolicySeverity(productionId: $productionId, ruleId: $ruleId, severity: $severity) {\n      id\n      severity\n    }\n  }\n': typeof types.SetPolicySeverityDocument;
  '\n  query TimeEntries($productionId: ID!, $first: Int!, $person: String) {\n    timeEntries(productionId: $productionId, first: $first, person: $person) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          person\n          workDate\n          minutes\n          kind\n          note\n          reverses\n          corrects\n          monthClosed\n          reversed\n          task {\n            id\n            shot {\n              code\n            }\n            taskType {\n              code\n              name\n            }\n          }\n          role {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.TimeEntriesDocument;
  '\n  mutation UpdateTimeEntry($id: ID!, $changes: TimeEntryChanges!) {\n    updateTimeEntry(id: $id, changes: $changes) {\n      reversed\n      entry {\n        id\n        workDate\n        minutes\n      }\n      reversal {\n        id\n        workDate\n        minutes\n      }\n    }\n  }\n': typeof types.UpdateTimeEntryDocument;
  '\n  mutation DeleteTimeEntry($id: ID!) {\n    deleteTimeEntry(id: $id) {\n      reversed\n      reversal {\n        id\n        workDate\n        minutes\n      }\n    }\n  }\n': typeof types.DeleteTimeEntryDocument;
  '\n  mutation ImportTimeEntries($productionId: ID!, $content: String!, $dryRun: Boolean!) {\n    importTimeEntries(format: CSV, productionId: $productionId, content: $content, dryRun: $dryRun) {\n      committed\n      count\n      hours\n      entryIds\n      entries {\n        line\n        person\n        roleCode\n        workDate\n        minutes\n        kind\n        note\n        task {\n          id\n          shot {\n            code\n          }\n          taskType {\n            code\n            name\n          }\n        }\n      }\n      errors {\n        line\n        field\n        message\n        suggestion\n      }\n    }\n  }\n': typeof types.ImportTimeEntriesDocument;
  '\n  mutation DeleteTimeEntries($ids: [ID!]!) {\n    deleteTimeEntries(ids: $ids) {\n      reversed\n    }\n  }\n': typeof types.DeleteTimeEntriesDocument;
  '\n  query PlanInputs($productionId: ID!, $after: String) {\n    planInputs(productionId: $productionId) {\n      productionId\n      currency\n      budget {\n        ...MoneyFields\n      }\n      planDate\n      asOf\n      spentOutsidePlan {\n        ...MoneyFields\n      }\n      daysToDelivery\n      hoursPerDay\n      gpuPrices {\n        deviceClass\n        pricePerHour {\n          ...MoneyFields\n        }\n      }\n      tasks(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            label\n            taskTypeCode\n            taskTypeName\n            roleCode\n            rateMinorPerHour\n            path\n            aiForbidden\n            done\n            complexity\n            frameCount\n            baselineHoursOverride\n            bidUnit\n            bidOptimistic\n            bidMostLikely\n            bidPessimistic\n            plannedReviewHours\n            actualMinor\n          }\n        }\n      }\n    }\n  }\n': typeof types.PlanInputsDocument;
  '\n  fragment JobFields on InferenceJob {\n    id\n    status\n    taskId\n    productionId\n    modelId\n    modelLabel\n    modelSha256\n    framesDone\n    framesTotal\n    provider\n    device\n    deviceClass\n    attempt\n    cancelRequested\n    queuedAt\n    startedAt\n    finishedAt\n    queueWaitMs\n    wallMs\n    error\n    failedFrame {\n      index\n      name\n    }\n    timings {\n      decodeMs\n      inferMs\n      encodeMs\n    }\n    computeCost {\n      ...MoneyFields\n    }\n  }\n': typeof types.JobFieldsFragmentDoc;
  '\n  query InferenceJobs($first: Int!, $filter: InferenceJobFilter) {\n    inferenceJobs(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...JobFields\n        }\n      }\n    }\n  }\n': typeof types.InferenceJobsDocument;
  '\n  subscription JobProgress($jobId: ID!) {\n    jobProgress(jobId: $jobId) {\n      ...JobFields\n    }\n  }\n': typeof types.JobProgressDocument;
  '\n  mutation CancelInferenceJob($id: ID!) {\n    cancelInferenceJob(id: $id) {\n      ...JobFields\n    }\n  }\n': typeof types.CancelInferenceJobDocument;
  '\n  query JobContext($jobId: ID!, $taskId: ID!, $modelId: ID!, $productionId: ID!) {\n    renders(jobId: $jobId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          frameIndex\n          frameNumber\n          frameName\n          width\n          height\n          inputSha256\n          outputSha256\n          outputFileId\n          thumbnailFileId\n          decodeMs\n          inferMs\n          encodeMs\n          provenanceStatus\n          manifest\n        }\n      }\n    }\n    task(id: $taskId) {\n      id\n      path\n      shot {\n        code\n      }\n      taskType {\n        name\n        baselineRole {\n          code\n          name\n        }\n      }\n      baseline {\n        hours\n        working\n      }\n    }\n    model(id: $modelId) {\n      id\n      name\n      version\n      sha256\n      adapter {\n        outputKind\n      }\n      provenance {\n        licence\n        trainingData\n        weights\n        vendor\n      }\n    }\n    taskJobs: inferenceJobs(first: 100, filter: { taskId: $taskId }) {\n      edges {\n        node {\n          id\n          wallMs\n          status\n        }\n      }\n    }\n    timeEntries(productionId: $productionId, taskId: $taskId, first: 100) {\n      totalCount\n      edges {\n        node {\n          minutes\n          kind\n        }\n      }\n    }\n    rateCardInEffect(productionId: $productionId) {\n      name\n    }\n  }\n': typeof types.JobContextDocument;
  '\n  query TaskCost($productionId: ID!, $taskId: ID!) {\n    taskBidVsActual(productionId: $productionId, taskId: $taskId) {\n      currency\n      bidCost {\n        ...MoneyFields\n      }\n      actualCost {\n        ...MoneyFields\n      }\n      costVariance {\n        ...MoneyFields\n      }\n      fxRates {\n        quarter\n        from\n        to\n        rate\n      }\n      runs {\n        jobId\n        inCardCurrency {\n          ...MoneyFields\n        }\n      }\n      working {\n        ...WorkingFields\n      }\n    }\n  }\n': typeof types.TaskCostDocument;
  '\n  query FolderFrames {\n    frameFolders(first: 100) {\n      edges {\n        node {\n          id\n          name\n          firstFrame\n          lastFrame\n          frameCount\n          width\n          height\n          frames(first: 100) {\n            edges {\n              node {\n                fileId\n                sha256\n                number\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.FolderFramesDocument;
  '\n  query FolderAlpha($folderId: ID!) {\n    frameFolder(id: $folderId) {\n      id\n      frames(first: 100) {\n        edges {\n          node {\n            number\n            hasAlpha\n          }\n        }\n      }\n    }\n  }\n': typeof types.FolderAlphaDocument;
  '\n  query SubmitChoices($productionId: ID!, $taskTypeCode: String) {\n    tasks(productionId: $productionId, taskTypeCode: $taskTypeCode, first: 100) {\n      edges {\n        node {\n          id\n          path\n          status\n          aiForbidden\n          shot {\n            code\n          }\n          taskType {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.SubmitChoicesDocument;
  '\n  query ApprovedModels {\n    models(first: 100, filter: { status: APPROVED }) {\n      edges {\n        node {\n          id\n          name\n          version\n          taskTypes\n          adapter {\n            extraInputs {\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ApprovedModelsDocument;
  '\n  mutation SubmitInferenceJob($input: SubmitInferenceJobInput!) {\n    submitInferenceJob(input: $input) {\n      ...JobFields\n    }\n  }\n': typeof types.SubmitInferenceJobDocument;
  '\n  query Names {\n    labourRoles(first: 100) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n    taskTypes(first: 100) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.NamesDocument;
};
const documents: Documents = {
  '\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n    formatted\n  }\n':
    types.MoneyFieldsFragmentDoc,
  '\n  fragment MissingRateFields on MissingRate {\n    timeEntryId\n    production\n    role\n    workDate\n    hours\n  }\n':
    types.MissingRateFieldsFragmentDoc,
  '\n  fragment WorkingFields on Working {\n    note\n    lines(first: 100) {\n      totalCount\n      edges {\n        node {\n          label\n          quantity\n          unit\n          rate {\n            ...MoneyFields\n          }\n          amount {\n            ...MoneyFields\n          }\n          refs(first: 12) {\n            totalCount\n            nodes {\n              id\n              kind\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.WorkingFieldsFragmentDoc,
  '\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) {\n      email\n    }\n  }\n':
    types.SetPasswordWithLinkDocument,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n':
    types.MeDocument,
  '\n  query SignInOptions {\n    signInOptions {\n      passwords\n      singleSignOn {\n        providerName\n        startPath\n      }\n    }\n  }\n':
    types.SignInOptionsDocument,
  '\n  query AiUseLedger(\n    $first: Int!\n    $after: String\n    $productionId: ID\n    $modelId: ID\n    $from: String\n    $to: String\n    $order: LedgerOrder\n  ) {\n    aiUseLedger(\n      first: $first\n      after: $after\n      productionId: $productionId\n      modelId: $modelId\n      from: $from\n      to: $to\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          runId\n          source\n          jobId\n          externalRef\n          productionCode\n          shotCode\n          taskId\n          taskType\n          path\n          modelName\n          tool\n          operator\n          c2paStatus\n          modelSha256\n          modelStatus\n          modelApprovedBy\n          modelApprovedAt\n          licence\n          trainingData\n          trainingDataNotes\n          vendor\n          provider\n          deviceClass\n          frames\n          wallMs\n          finishedAt\n          ranBy\n          computeCost {\n            ...MoneyFields\n          }\n          likenessKind\n          performerName\n          consentStanding\n          noticeHoursBeforeFirstUse\n          inFinalDeliverable\n          exceptions {\n            id\n            ruleId\n            status\n          }\n        }\n      }\n    }\n  }\n':
    types.AiUseLedgerDocument,
  '\n  query ModelNames {\n    modelInventory {\n      id\n      name\n      version\n    }\n  }\n':
    types.ModelNamesDocument,
  '\n  query PolicyExceptions($first: Int!, $after: String, $filter: PolicyExceptionFilter) {\n    policyExceptions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ruleId\n          status\n          message\n          evidenceJson\n          productionId\n          occasion\n          occurrences\n          productionCode\n          shotCode\n          taskId\n          firstSeenAt\n          lastSeenAt\n          reviewStatus\n          reviewNote\n          reviewedBy\n          reviewedAt\n          closeReason\n          closedBy\n          closedAt\n        }\n      }\n    }\n  }\n':
    types.PolicyExceptionsDocument,
  '\n  query PolicyRules {\n    policyRules {\n      id\n      text\n      source\n      defaultSeverity\n      packs\n    }\n  }\n':
    types.PolicyRulesDocument,
  '\n  mutation ReviewPolicyException($id: ID!, $reviewStatus: PolicyReviewStatus!, $note: String!) {\n    reviewPolicyException(id: $id, reviewStatus: $reviewStatus, note: $note) {\n      id\n      reviewStatus\n      reviewNote\n      reviewedBy\n      reviewedAt\n    }\n  }\n':
    types.ReviewPolicyExceptionDocument,
  '\n  mutation WaivePolicyException($id: ID!, $reason: String!) {\n    waivePolicyException(id: $id, reason: $reason) {\n      id\n      status\n      closeReason\n      closedBy\n      closedAt\n    }\n  }\n':
    types.WaivePolicyExceptionDocument,
  '\n  query ConsentRegister($productionId: ID) {\n    consentRegister(productionId: $productionId) {\n      id\n      performerName\n      productionCode\n      replicaKind\n      scope\n      signedAt\n      noticeGivenAt\n      firstLikenessUseAt\n      noticeHoursBeforeFirstUse\n      standing\n      estateConsent\n      scanReason\n      performerMinor\n      guardianName\n      trainingLicensedAt\n      trainingNoticeAt\n      documentSha256\n      tasks\n      openExceptions\n      compensation {\n        ...MoneyFields\n      }\n    }\n  }\n':
    types.ConsentRegisterDocument,
  '\n  fragment CheckpointFields on AuditCheckpoint {\n    treeSize\n    rootHash\n    at\n    keyId\n    publicKey\n    signature\n  }\n':
    types.CheckpointFieldsFragmentDoc,
  '\n  query LatestCheckpoint {\n    auditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n':
    types.LatestCheckpointDocument,
  '\n  mutation SignAuditCheckpoint {\n    signAuditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n':
    types.SignAuditCheckpointDocument,
  '\n  query AuditConsistencyProof($from: Int!, $to: Int!) {\n    auditConsistencyProof(from: $from, to: $to) {\n      fromSize\n      toSize\n      fromRoot\n      toRoot\n      path\n    }\n  }\n':
    types.AuditConsistencyProofDocument,
  '\n  query AuditWitnessStatus {\n    auditContinuity {\n      ok\n      checkedAt\n      logSize\n      lastSignedSize\n      finding {\n        treeSize\n        consistentUpTo\n        detectedAt\n        message\n      }\n    }\n    auditWitnesses {\n      id\n      name\n      organisation\n      keyId\n      refusing\n      lastCosigned {\n        treeSize\n        signedAt\n        receivedAt\n      }\n      lastRefusal {\n        treeSize\n        fromSize\n        reason\n        receivedAt\n      }\n    }\n  }\n':
    types.AuditWitnessStatusDocument,
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      performerName\n    }\n  }\n':
    types.RecordConsentDocument,
  '\n  query PolicyExceptionCounts($filter: PolicyExceptionFilter) {\n    policyExceptionCounts(filter: $filter) {\n      ruleId\n      productionId\n      productionCode\n      total\n      open\n      unreviewed\n    }\n  }\n':
    types.PolicyExceptionCountsDocument,
  '\n  mutation ReviewPolicyExceptions($ids: [ID!]!, $reviewStatus: PolicyReviewStatus!, $note: String!) {\n    reviewPolicyExceptions(ids: $ids, reviewStatus: $reviewStatus, note: $note) {\n      id\n      reviewStatus\n      reviewNote\n    }\n  }\n':
    types.ReviewPolicyExceptionsDocument,
  '\n  mutation RecordExceptionNotice($id: ID!, $unionName: String!, $scope: String!, $givenAt: String!) {\n    recordExceptionNotice(id: $id, unionName: $unionName, scope: $scope, givenAt: $givenAt) {\n      id\n      status\n      closeReason\n    }\n  }\n':
    types.RecordExceptionNoticeDocument,
  '\n  fragment LabourFiguresFields on LabourImpactRow {\n    role\n    department\n    taskType\n    quarter\n    displacedHours\n    displacedFte\n    createdHours\n    createdFte\n    netHours\n    netFte\n    finishedAiTasks\n    wagesDisplaced {\n      ...MoneyFields\n    }\n  }\n':
    types.LabourFiguresFieldsFragmentDoc,
  '\n  query LabourImpact($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {\n    labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {\n      currency\n      quarters\n      rows {\n        ...LabourFiguresFields\n      }\n      totals {\n        displacedHours\n        displacedFte\n        createdHours\n        createdFte\n        netHours\n        netFte\n        finishedAiTasks\n        wagesDisplaced {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n':
    types.LabourImpactDocument,
  '\n  query LabourWorking($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {\n    labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {\n      rows {\n        role\n        department\n        taskType\n        quarter\n        working {\n          ...WorkingFields\n        }\n      }\n      totals {\n        working {\n          ...WorkingFields\n        }\n      }\n    }\n  }\n':
    types.LabourWorkingDocument,
  '\n  fragment ModelFields on Model {\n    id\n    name\n    version\n    status\n    sha256\n    sizeBytes\n    fileId\n    taskTypes\n    createdAt\n    decidedAt\n    decisionReason\n    producer\n    irVersion\n    inputs {\n      name\n      type\n      shape\n    }\n    outputs {\n      name\n      type\n      shape\n    }\n    adapter {\n      layout\n      colour\n      size\n      width\n      height\n      sizeMultiple\n      fixedSizeStrategy\n      tileOverlap\n      outputKind\n      outputName\n      maskThreshold\n      imageInput\n      extraInputs {\n        name\n        source\n      }\n      valueRange {\n        min\n        max\n      }\n      meanStd {\n        mean\n        std\n      }\n    }\n    provenance {\n      licence\n      trainingData\n      trainingDataNotes\n      vendor\n      source\n      weights\n      modelCard\n    }\n    dataTerms {\n      trainsOnInputs\n      retentionDays\n      enterpriseAgreement\n    }\n    performerScope {\n      performerName\n      productionCode\n    }\n  }\n':
    types.ModelFieldsFragmentDoc,
  '\n  query Models($first: Int!, $filter: ModelFilter) {\n    models(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ModelFields\n        }\n      }\n    }\n  }\n':
    types.ModelsDocument,
  '\n  query ModelUse {\n    modelInventory {\n      id\n      runs\n      frames\n      lastUsedAt\n      productions\n      openExceptions\n      decidedBy\n    }\n  }\n':
    types.ModelUseDocument,
  '\n  mutation ApproveModel($id: ID!) {\n    approveModel(id: $id) {\n      ...ModelFields\n    }\n  }\n':
    types.ApproveModelDocument,
  '\n  mutation RejectModel($id: ID!, $reason: String!) {\n    rejectModel(id: $id, reason: $reason) {\n      ...ModelFields\n    }\n  }\n':
    types.RejectModelDocument,
  '\n  mutation RegisterModel($input: RegisterModelInput!) {\n    registerModel(input: $input) {\n      ...ModelFields\n    }\n  }\n':
    types.RegisterModelDocument,
  '\n  query People {\n    people {\n      id\n      email\n      displayName\n      role\n      active\n      lastSignInAt\n      invitationPending\n      memberships {\n        productionId\n        role\n        company\n      }\n    }\n  }\n':
    types.PeopleDocument,
  '\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        id\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n':
    types.InvitePersonDocument,
  '\n  mutation ChangePersonRole($id: ID!, $role: Role!) {\n    changePersonRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n':
    types.ChangePersonRoleDocument,
  '\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n      active\n    }\n  }\n':
    types.DeactivatePersonDocument,
  '\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n      active\n    }\n  }\n':
    types.ReactivatePersonDocument,
  '\n  mutation SetPersonMemberships($id: ID!, $memberships: [MembershipInput!]!) {\n    setPersonMemberships(id: $id, memberships: $memberships) {\n      id\n      memberships {\n        productionId\n        role\n        company\n      }\n    }\n  }\n':
    types.SetPersonMembershipsDocument,
  '\n  query MembershipProductions {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n        }\n      }\n    }\n  }\n':
    types.MembershipProductionsDocument,
  '\n  query PortfolioSummary($quarter: String!, $currency: String!, $productionIds: [ID!]) {\n    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {\n      quarter\n      from\n      to\n      currency\n      totalSpend {\n        ...MoneyFields\n      }\n      humanSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      allHumanBaseline {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiPathCost {\n        value {\n          ...MoneyFields\n        }\n      }\n      savings {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiShareOfTasks\n      aiShareOfHours\n      aiTasksWorked\n      tasksWorked\n      aiTaskHours\n      hoursLogged\n      machineHours\n      finishedAiTasks\n      speedUp {\n        median\n        tasks\n      }\n      labourTotals {\n        displacedHours\n        createdHours\n        netHours\n        displacedFte\n        createdFte\n        netFte\n        wagesDisplaced {\n          ...MoneyFields\n        }\n      }\n      labourByRole {\n        role\n        displacedHours\n        createdHours\n        netHours\n      }\n      missingRates {\n        ...MissingRateFields\n      }\n    }\n  }\n':
    types.PortfolioSummaryDocument,
  '\n  query PortfolioTrend($quarter: String!, $currency: String!, $productionIds: [ID!]) {\n    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {\n      quarter\n      humanSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      savings {\n        value {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n':
    types.PortfolioTrendDocument,
  '\n  query PortfolioWorking($quarter: String!, $currency: String!, $productionIds: [ID!]) {\n    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {\n      humanSpend {\n        working {\n          ...WorkingFields\n        }\n      }\n      aiSpend {\n        working {\n          ...WorkingFields\n        }\n      }\n      allHumanBaseline {\n        working {\n          ...WorkingFields\n        }\n      }\n      aiPathCost {\n        working {\n          ...WorkingFields\n        }\n      }\n      savings {\n        working {\n          ...WorkingFields\n        }\n      }\n      speedUp {\n        working {\n          ...WorkingFields\n        }\n      }\n      labourTotals {\n        working {\n          ...WorkingFields\n        }\n      }\n    }\n  }\n':
    types.PortfolioWorkingDocument,
  '\n  query FxCurrencies {\n    fxRates(first: 100) {\n      edges {\n        node {\n          currency\n          reportingCurrency\n        }\n      }\n    }\n  }\n':
    types.FxCurrenciesDocument,
  '\n  mutation CreateProduction($input: CreateProductionInput!) {\n    createProduction(input: $input) {\n      id\n    }\n  }\n':
    types.CreateProductionDocument,
  '\n  query Productions($first: Int!, $after: String) {\n    productions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          country\n          currency\n          reportingCurrency\n          startDate\n          deliveryDate\n          guildCovered\n          vfxBudget {\n            ...MoneyFields\n          }\n        }\n      }\n    }\n  }\n':
    types.ProductionsDocument,
  '\n  fragment AiUseFactsFields on AiUseFacts {\n    taskId\n    shotCode\n    useClass\n    useClassReason\n    outputStatus\n    escalation\n    requiredForFinal\n    lastAiRunAt\n    signedOffBy\n    signedOffAt\n    disclosures {\n      id\n      contact\n      disclosedAt\n      description\n      recordedBy\n    }\n    checklist {\n      noUnownedMaterial\n      noDataReuse\n      enterpriseSecured\n      outputTemporary\n      noTalentReplacement\n      involvesPersonalData\n      involvesThirdPartyIp\n      answeredAt\n    }\n    approvals {\n      id\n      category\n      approver\n      documentRef\n      approvedAt\n      recordedBy\n    }\n  }\n':
    types.AiUseFactsFieldsFragmentDoc,
  '\n  query AiUseFacts($taskId: ID!) {\n    aiUseFacts(taskId: $taskId) {\n      ...AiUseFactsFields\n    }\n  }\n':
    types.AiUseFactsDocument,
  '\n  mutation RecordAiUseDisclosure($input: RecordAiUseDisclosureInput!) {\n    recordAiUseDisclosure(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n':
    types.RecordAiUseDisclosureDocument,
  '\n  mutation AnswerAiUseChecklist($input: AnswerAiUseChecklistInput!) {\n    answerAiUseChecklist(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n':
    types.AnswerAiUseChecklistDocument,
  '\n  mutation RecordAiUseApproval($input: RecordAiUseApprovalInput!) {\n    recordAiUseApproval(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n':
    types.RecordAiUseApprovalDocument,
  '\n  mutation ClassifyAiUse($input: ClassifyAiUseInput!) {\n    classifyAiUse(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n':
    types.ClassifyAiUseDocument,
  '\n  mutation PromoteAiOutputToFinal($taskId: ID!) {\n    promoteAiOutputToFinal(taskId: $taskId) {\n      ...AiUseFactsFields\n    }\n  }\n':
    types.PromoteAiOutputToFinalDocument,
  '\n  mutation SignOffTask($taskId: ID!) {\n    signOffTask(taskId: $taskId) {\n      taskId\n      signedOffBy\n      signedOffAt\n    }\n  }\n':
    types.SignOffTaskDocument,
  '\n  query BreakdownTasks(\n    $productionId: ID!\n    $first: Int!\n    $episodeId: ID\n    $sequence: String\n    $taskTypeCode: String\n    $path: TaskPath\n    $status: TaskStatus\n  ) {\n    tasks(\n      productionId: $productionId\n      first: $first\n      episodeId: $episodeId\n      sequence: $sequence\n      taskTypeCode: $taskTypeCode\n      path: $path\n      status: $status\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          complexity\n          path\n          status\n          aiCategory\n          aiForbidden\n          likenessKind\n          performerName\n          plannedAiReviewHours\n          baselineHoursOverride\n          vendorCompany\n          inFinalDeliverable\n          baseline {\n            hours\n            optimisticHours\n            pessimisticHours\n            source\n            working\n          }\n          taskType {\n            code\n            name\n            baselineRole {\n              code\n              name\n            }\n          }\n          shot {\n            id\n            code\n            sequence\n            frameIn\n            frameOut\n            frameCount\n            timeScalar\n            description\n            performerLikeness\n            episode {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.BreakdownTasksDocument,
  '\n  query BreakdownFilters($productionId: ID!) {\n    episodes(productionId: $productionId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n        }\n      }\n    }\n  }\n':
    types.BreakdownFiltersDocument,
  '\n  mutation ImportBreakdown(\n    $productionId: ID!\n    $format: BreakdownFormat!\n    $content: String!\n    $dryRun: Boolean!\n    $episodeNumber: Int\n    $fps: Float\n    $taskTypeCode: String\n    $path: TaskPath\n    $complexity: Int\n  ) {\n    importBreakdown(\n      productionId: $productionId\n      format: $format\n      content: $content\n      dryRun: $dryRun\n      episodeNumber: $episodeNumber\n      fps: $fps\n      taskTypeCode: $taskTypeCode\n      path: $path\n      complexity: $complexity\n    ) {\n      dryRun\n      committed\n      format\n      title\n      newEpisodes\n      newShots\n      newTasks\n      errors {\n        line\n        field\n        message\n        suggestion\n      }\n      shots {\n        line\n        code\n        episodeNumber\n        sequence\n        frameIn\n        frameOut\n        frameCount\n        timeScalar\n        exists\n      }\n      tasks {\n        line\n        shotCode\n        taskTypeCode\n        complexity\n        path\n        exists\n      }\n    }\n  }\n':
    types.ImportBreakdownDocument,
  '\n  mutation CreateShot($input: CreateShotInput!) {\n    createShot(input: $input) {\n      id\n      code\n    }\n  }\n':
    types.CreateShotDocument,
  '\n  mutation UpdateShot($id: ID!, $input: UpdateShotInput!) {\n    updateShot(id: $id, input: $input) {\n      id\n      code\n    }\n  }\n':
    types.UpdateShotDocument,
  '\n  mutation DeleteShot($id: ID!) {\n    deleteShot(id: $id) {\n      summary\n    }\n  }\n':
    types.DeleteShotDocument,
  '\n  mutation CreateTasks($input: CreateTasksInput!) {\n    createTasks(input: $input) {\n      created\n    }\n  }\n':
    types.CreateTasksDocument,
  '\n  mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) {\n    updateTask(id: $id, input: $input) {\n      id\n    }\n  }\n':
    types.UpdateTaskDocument,
  '\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id) {\n      summary\n    }\n  }\n':
    types.DeleteTaskDocument,
  '\n  query ShotTaskNames($productionId: ID!, $shotId: ID!) {\n    tasks(productionId: $productionId, shotId: $shotId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          taskType {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ShotTaskNamesDocument,
  '\n  query VendorTools {\n    vendorTools {\n      id\n      vendor\n      name\n      approvedProductionIds\n      dataTerms {\n        trainsOnInputs\n        retentionDays\n        enterpriseAgreement\n      }\n    }\n  }\n':
    types.VendorToolsDocument,
  '\n  mutation RecordAiRun($input: RecordAiRunInput!) {\n    recordAiRun(input: $input) {\n      id\n      tool\n      modelLabel\n      credits\n      cost {\n        ...MoneyFields\n      }\n      outputs {\n        fileId\n        originalName\n        c2paStatus\n      }\n    }\n  }\n':
    types.RecordAiRunDocument,
  '\n  query CostReport($productionId: ID!, $asOf: String!) {\n    costReport(productionId: $productionId, asOf: $asOf) {\n      asOf\n      currency\n      missingRates {\n        ...MissingRateFields\n      }\n      vfxBudget {\n        ...MoneyFields\n      }\n      totals {\n        budget {\n          ...MoneyFields\n        }\n        bid {\n          ...MoneyFields\n        }\n        actualToDate {\n          ...MoneyFields\n        }\n        estimateToComplete {\n          ...MoneyFields\n        }\n        estimateAtCompletion {\n          ...MoneyFields\n        }\n        variance {\n          ...MoneyFields\n        }\n        bidVariance {\n          ...MoneyFields\n        }\n      }\n      lines {\n        taskType\n        tasks\n        budget {\n          ...MoneyFields\n        }\n        bid {\n          ...MoneyFields\n        }\n        actualToDate {\n          ...MoneyFields\n        }\n        estimateToComplete {\n          ...MoneyFields\n        }\n        estimateAtCompletion {\n          ...MoneyFields\n        }\n        variance {\n          ...MoneyFields\n        }\n        bidVariance {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n':
    types.CostReportDocument,
  '\n  query CostWorking($productionId: ID!, $asOf: String!) {\n    costReport(productionId: $productionId, asOf: $asOf) {\n      totals {\n        working {\n          ...WorkingFields\n        }\n      }\n      lines {\n        taskType\n        working {\n          ...WorkingFields\n        }\n      }\n    }\n  }\n':
    types.CostWorkingDocument,
  '\n  query BidVsActual($productionId: ID!, $groupBy: BidGrouping!) {\n    bidVsActual(productionId: $productionId, groupBy: $groupBy) {\n      currency\n      missingRates {\n        ...MissingRateFields\n      }\n      totals {\n        tasks\n        bidHours\n        actualHours\n        hoursVariance\n        bidCost {\n          ...MoneyFields\n        }\n        actualCost {\n          ...MoneyFields\n        }\n        costVariance {\n          ...MoneyFields\n        }\n      }\n      rows {\n        key\n        tasks\n        bidHours\n        actualHours\n        hoursVariance\n        bidCost {\n          ...MoneyFields\n        }\n        actualCost {\n          ...MoneyFields\n        }\n        costVariance {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n':
    types.BidVsActualDocument,
  '\n  query PlanFrontier($productionId: ID!, $scenarioId: ID) {\n    planFrontier(productionId: $productionId, scenarioId: $scenarioId) {\n      exact\n      totalPoints\n      displacementCapHours\n      maxGapHours\n      maxGapCost {\n        ...MoneyFields\n      }\n      budgetBeforeContingency {\n        ...MoneyFields\n      }\n      points {\n        index\n        displacedHours\n        cost {\n          ...MoneyFields\n        }\n        paths {\n          path\n          tasks\n        }\n      }\n      leastDisplacementWithinBudget {\n        status\n        message\n        point {\n          index\n        }\n      }\n      cheapestWithinDisplacementCap {\n        status\n        message\n        point {\n          index\n        }\n      }\n    }\n  }\n':
    types.PlanFrontierDocument,
  '\n  query CurrentPlanCost($productionId: ID!, $scenarioId: ID) {\n    feasibility(productionId: $productionId, scenarioId: $scenarioId) {\n      estimateAtCompletion {\n        ...MoneyFields\n      }\n    }\n  }\n':
    types.CurrentPlanCostDocument,
  '\n  query PlanAdoptionPreview($productionId: ID!, $scenarioId: ID, $index: Int!) {\n    planAdoptionPreview(productionId: $productionId, scenarioId: $scenarioId, index: $index) {\n      index\n      fingerprint\n      costEffect {\n        ...MoneyFields\n      }\n      changes {\n        taskId\n        task\n        from\n        to\n        costEffect {\n          ...MoneyFields\n        }\n      }\n      kept {\n        taskId\n        task\n        path\n        wanted\n        reason\n      }\n    }\n  }\n':
    types.PlanAdoptionPreviewDocument,
  '\n  mutation AdoptFrontierPoint($productionId: ID!, $scenarioId: ID, $index: Int!, $fingerprint: String!) {\n    adoptFrontierPoint(\n      productionId: $productionId\n      scenarioId: $scenarioId\n      index: $index\n      fingerprint: $fingerprint\n    ) {\n      adoptionId\n      index\n      changed\n      kept {\n        taskId\n        task\n        path\n        wanted\n        reason\n      }\n    }\n  }\n':
    types.AdoptFrontierPointDocument,
  '\n  mutation UndoPlanAdoption($adoptionId: ID!) {\n    undoPlanAdoption(adoptionId: $adoptionId) {\n      adoptionId\n      restored {\n        taskId\n        task\n        from\n        to\n      }\n    }\n  }\n':
    types.UndoPlanAdoptionDocument,
  '\n  query Scenarios($productionId: ID!) {\n    scenarios(productionId: $productionId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          updatedAt\n          assumptions {\n            aiReviewHoursPerTask\n            contingencyPercent\n            gpuCount\n            gpuDeviceClass\n            gpuSecondsPerFrame\n            hoursPerWeek\n            reworkRatePercent\n            gpuPricePerHour {\n              ...MoneyFields\n            }\n            headcounts {\n              roleCode\n              people\n            }\n            pathByTaskType {\n              taskTypeCode\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ScenariosDocument,
  '\n  fragment PlanBasisFields on PlanBasis {\n    planDate\n    scenario\n    asOf\n    tasks\n    unbidTasks\n  }\n':
    types.PlanBasisFieldsFragmentDoc,
  '\n  query Feasibility($productionId: ID!, $scenarioId: ID) {\n    feasibility(productionId: $productionId, scenarioId: $scenarioId) {\n      verdict\n      summary\n      scheduleWeeks\n      weeksToDelivery\n      basis {\n        ...PlanBasisFields\n      }\n      budget {\n        ...MoneyFields\n      }\n      actualToDate {\n        ...MoneyFields\n      }\n      estimateToComplete {\n        ...MoneyFields\n      }\n      estimateAtCompletion {\n        ...MoneyFields\n      }\n      contingency {\n        ...MoneyFields\n      }\n      totalCost {\n        ...MoneyFields\n      }\n      headroom {\n        ...MoneyFields\n      }\n      variance {\n        ...MoneyFields\n      }\n      assumptions {\n        kind\n        name\n        hours\n        sentence\n      }\n      binding {\n        kind\n        name\n        utilisation\n        weeks\n      }\n      constraints {\n        kind\n        name\n        utilisation\n        weeks\n      }\n    }\n  }\n':
    types.FeasibilityDocument,
  '\n  query FeasibilityWorking($productionId: ID!, $scenarioId: ID) {\n    feasibility(productionId: $productionId, scenarioId: $scenarioId) {\n      working {\n        ...WorkingFields\n      }\n    }\n  }\n':
    types.FeasibilityWorkingDocument,
  '\n  query Risk($productionId: ID!, $scenarioId: ID) {\n    riskProfile(productionId: $productionId, scenarioId: $scenarioId) {\n      method\n      draws\n      seed\n      probabilityWithinBudget\n      budget {\n        ...MoneyFields\n      }\n      mean {\n        ...MoneyFields\n      }\n      p10 {\n        ...MoneyFields\n      }\n      p50 {\n        ...MoneyFields\n      }\n      p80 {\n        ...MoneyFields\n      }\n      p90 {\n        ...MoneyFields\n      }\n      histogram {\n        count\n        from {\n          ...MoneyFields\n        }\n        to {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n':
    types.RiskDocument,
  '\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.CreateScenarioDocument,
  '\n  query ProductionHeader($id: ID!) {\n    production(id: $id) {\n      id\n      code\n      title\n      currency\n      reportingCurrency\n      startDate\n      deliveryDate\n      guildCovered\n      vfxBudget {\n        ...MoneyFields\n      }\n    }\n  }\n':
    types.ProductionHeaderDocument,
  '\n  query ProductionRates($productionId: ID!) {\n    production(id: $productionId) {\n      id\n      currency\n      reportingCurrency\n      startDate\n      deliveryDate\n    }\n    rateCardInEffect(productionId: $productionId) {\n      id\n      name\n      currency\n      effectiveFrom\n      productionId\n      source\n      lines {\n        fringePercent\n        source\n        role {\n          code\n          name\n        }\n        hourlyRate {\n          ...MoneyFields\n        }\n        flatFringePerHour {\n          ...MoneyFields\n        }\n        loadedRate {\n          ...MoneyFields\n        }\n      }\n    }\n    labourRoles(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          department\n        }\n      }\n    }\n    taskTypes(first: 100) {\n      edges {\n        node {\n          code\n          name\n          defaultAiCategory\n          baselineRole {\n            code\n            name\n          }\n          bidTemplates {\n            name\n            complexity\n            unit\n            optimistic\n            mostLikely\n            pessimistic\n            source\n          }\n        }\n      }\n    }\n  }\n':
    types.ProductionRatesDocument,
  '\n  mutation CreateRateCard($input: CreateRateCardInput!) {\n    createRateCard(input: $input) {\n      id\n    }\n  }\n':
    types.CreateRateCardDocument,
  '\n  mutation SetRateCardLine($input: SetRateCardLineInput!) {\n    setRateCardLine(input: $input) {\n      id\n    }\n  }\n':
    types.SetRateCardLineDocument,
  '\n  mutation SaveTaskType($input: TaskTypeInput!) {\n    saveTaskType(input: $input) {\n      code\n    }\n  }\n':
    types.SaveTaskTypeDocument,
  '\n  mutation CreateLabourRole($input: LabourRoleInput!) {\n    createLabourRole(input: $input) {\n      code\n    }\n  }\n':
    types.CreateLabourRoleDocument,
  '\n  query ProductionFxRates($currency: String!, $reportingCurrency: String!) {\n    fxRates(currency: $currency, reportingCurrency: $reportingCurrency, first: 100) {\n      edges {\n        node {\n          quarter\n          rate\n          source\n        }\n      }\n    }\n  }\n':
    types.ProductionFxRatesDocument,
  '\n  mutation SetFxRate($input: FxRateInput!) {\n    setFxRate(input: $input) {\n      quarter\n    }\n  }\n':
    types.SetFxRateDocument,
  '\n  mutation SetBidTemplate($input: BidTemplateInput!) {\n    setBidTemplate(input: $input) {\n      id\n    }\n  }\n':
    types.SetBidTemplateDocument,
  '\n  query ProductionRulePacks($productionId: ID!) {\n    rulePacks(productionId: $productionId) {\n      id\n      title\n      source\n      effectiveFrom\n      effectiveTo\n      chosen\n      rules {\n        id\n        text\n        severity\n        defaultSeverity\n      }\n    }\n    disclosurePlans(productionId: $productionId) {\n      id\n      deliverable\n      placements\n      howTold\n      firstExposure\n    }\n  }\n':
    types.ProductionRulePacksDocument,
  '\n  mutation SetPolicySeverity($productionId: ID!, $ruleId: PolicyRuleId!, $severity: PolicySeverity!) {\n    setPolicySeverity(productionId: $productionId, ruleId: $ruleId, severity: $severity) {\n      id\n      severity\n    }\n  }\n':
    types.SetPolicySeverityDocument,
  '\n  query TimeEntries($productionId: ID!, $first: Int!, $person: String) {\n    timeEntries(productionId: $productionId, first: $first, person: $person) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          person\n          workDate\n          minutes\n          kind\n          note\n          reverses\n          corrects\n          monthClosed\n          reversed\n          task {\n            id\n            shot {\n              code\n            }\n            taskType {\n              code\n              name\n            }\n          }\n          role {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.TimeEntriesDocument,
  '\n  mutation UpdateTimeEntry($id: ID!, $changes: TimeEntryChanges!) {\n    updateTimeEntry(id: $id, changes: $changes) {\n      reversed\n      entry {\n        id\n        workDate\n        minutes\n      }\n      reversal {\n        id\n        workDate\n        minutes\n      }\n    }\n  }\n':
    types.UpdateTimeEntryDocument,
  '\n  mutation DeleteTimeEntry($id: ID!) {\n    deleteTimeEntry(id: $id) {\n      reversed\n      reversal {\n        id\n        workDate\n        minutes\n      }\n    }\n  }\n':
    types.DeleteTimeEntryDocument,
  '\n  mutation ImportTimeEntries($productionId: ID!, $content: String!, $dryRun: Boolean!) {\n    importTimeEntries(format: CSV, productionId: $productionId, content: $content, dryRun: $dryRun) {\n      committed\n      count\n      hours\n      entryIds\n      entries {\n        line\n        person\n        roleCode\n        workDate\n        minutes\n        kind\n        note\n        task {\n          id\n          shot {\n            code\n          }\n          taskType {\n            code\n            name\n          }\n        }\n      }\n      errors {\n        line\n        field\n        message\n        suggestion\n      }\n    }\n  }\n':
    types.ImportTimeEntriesDocument,
  '\n  mutation DeleteTimeEntries($ids: [ID!]!) {\n    deleteTimeEntries(ids: $ids) {\n      reversed\n    }\n  }\n':
    types.DeleteTimeEntriesDocument,
  '\n  query PlanInputs($productionId: ID!, $after: String) {\n    planInputs(productionId: $productionId) {\n      productionId\n      currency\n      budget {\n        ...MoneyFields\n      }\n      planDate\n      asOf\n      spentOutsidePlan {\n        ...MoneyFields\n      }\n      daysToDelivery\n      hoursPerDay\n      gpuPrices {\n        deviceClass\n        pricePerHour {\n          ...MoneyFields\n        }\n      }\n      tasks(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            label\n            taskTypeCode\n            taskTypeName\n            roleCode\n            rateMinorPerHour\n            path\n            aiForbidden\n            done\n            complexity\n            frameCount\n            baselineHoursOverride\n            bidUnit\n            bidOptimistic\n            bidMostLikely\n            bidPessimistic\n            plannedReviewHours\n            actualMinor\n          }\n        }\n      }\n    }\n  }\n':
    types.PlanInputsDocument,
  '\n  fragment JobFields on InferenceJob {\n    id\n    status\n    taskId\n    productionId\n    modelId\n    modelLabel\n    modelSha256\n    framesDone\n    framesTotal\n    provider\n    device\n    deviceClass\n    attempt\n    cancelRequested\n    queuedAt\n    startedAt\n    finishedAt\n    queueWaitMs\n    wallMs\n    error\n    failedFrame {\n      index\n      name\n    }\n    timings {\n      decodeMs\n      inferMs\n      encodeMs\n    }\n    computeCost {\n      ...MoneyFields\n    }\n  }\n':
    types.JobFieldsFragmentDoc,
  '\n  query InferenceJobs($first: Int!, $filter: InferenceJobFilter) {\n    inferenceJobs(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...JobFields\n        }\n      }\n    }\n  }\n':
    types.InferenceJobsDocument,
  '\n  subscription JobProgress($jobId: ID!) {\n    jobProgress(jobId: $jobId) {\n      ...JobFields\n    }\n  }\n':
    types.JobProgressDocument,
  '\n  mutation CancelInferenceJob($id: ID!) {\n    cancelInferenceJob(id: $id) {\n      ...JobFields\n    }\n  }\n':
    types.CancelInferenceJobDocument,
  '\n  query JobContext($jobId: ID!, $taskId: ID!, $modelId: ID!, $productionId: ID!) {\n    renders(jobId: $jobId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          frameIndex\n          frameNumber\n          frameName\n          width\n          height\n          inputSha256\n          outputSha256\n          outputFileId\n          thumbnailFileId\n          decodeMs\n          inferMs\n          encodeMs\n          provenanceStatus\n          manifest\n        }\n      }\n    }\n    task(id: $taskId) {\n      id\n      path\n      shot {\n        code\n      }\n      taskType {\n        name\n        baselineRole {\n          code\n          name\n        }\n      }\n      baseline {\n        hours\n        working\n      }\n    }\n    model(id: $modelId) {\n      id\n      name\n      version\n      sha256\n      adapter {\n        outputKind\n      }\n      provenance {\n        licence\n        trainingData\n        weights\n        vendor\n      }\n    }\n    taskJobs: inferenceJobs(first: 100, filter: { taskId: $taskId }) {\n      edges {\n        node {\n          id\n          wallMs\n          status\n        }\n      }\n    }\n    timeEntries(productionId: $productionId, taskId: $taskId, first: 100) {\n      totalCount\n      edges {\n        node {\n          minutes\n          kind\n        }\n      }\n    }\n    rateCardInEffect(productionId: $productionId) {\n      name\n    }\n  }\n':
    types.JobContextDocument,
  '\n  query TaskCost($productionId: ID!, $taskId: ID!) {\n    taskBidVsActual(productionId: $productionId, taskId: $taskId) {\n      currency\n      bidCost {\n        ...MoneyFields\n      }\n      actualCost {\n        ...MoneyFields\n      }\n      costVariance {\n        ...MoneyFields\n      }\n      fxRates {\n        quarter\n        from\n        to\n        rate\n      }\n      runs {\n        jobId\n        inCardCurrency {\n          ...MoneyFields\n        }\n      }\n      working {\n        ...WorkingFields\n      }\n    }\n  }\n':
    types.TaskCostDocument,
  '\n  query FolderFrames {\n    frameFolders(first: 100) {\n      edges {\n        node {\n          id\n          name\n          firstFrame\n          lastFrame\n          frameCount\n          width\n          height\n          frames(first: 100) {\n            edges {\n              node {\n                fileId\n                sha256\n                number\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.FolderFramesDocument,
  '\n  query FolderAlpha($folderId: ID!) {\n    frameFolder(id: $folderId) {\n      id\n      frames(first: 100) {\n        edges {\n          node {\n            number\n            hasAlpha\n          }\n        }\n      }\n    }\n  }\n':
    types.FolderAlphaDocument,
  '\n  query SubmitChoices($productionId: ID!, $taskTypeCode: String) {\n    tasks(productionId: $productionId, taskTypeCode: $taskTypeCode, first: 100) {\n      edges {\n        node {\n          id\n          path\n          status\n          aiForbidden\n          shot {\n            code\n          }\n          taskType {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.SubmitChoicesDocument,
  '\n  query ApprovedModels {\n    models(first: 100, filter: { status: APPROVED }) {\n      edges {\n        node {\n          id\n          name\n          version\n          taskTypes\n          adapter {\n            extraInputs {\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ApprovedModelsDocument,
  '\n  mutation SubmitInferenceJob($input: SubmitInferenceJobInput!) {\n    submitInferenceJob(input: $input) {\n      ...JobFields\n    }\n  }\n':
    types.SubmitInferenceJobDocument,
  '\n  query Names {\n    labourRoles(first: 100) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n    taskTypes(first: 100) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n':
    types.NamesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n    formatted\n  }\n',
): typeof import('./graphql').MoneyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MissingRateFields on MissingRate {\n    timeEntryId\n    production\n    role\n    workDate\n    hours\n  }\n',
): typeof import('./graphql').MissingRateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkingFields on Working {\n    note\n    lines(first: 100) {\n      totalCount\n      edges {\n        node {\n          label\n          quantity\n          unit\n          rate {\n            ...MoneyFields\n          }\n          amount {\n            ...MoneyFields\n          }\n          refs(first: 12) {\n            totalCount\n            nodes {\n              id\n              kind\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').WorkingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) {\n      email\n    }\n  }\n',
): typeof import('./graphql').SetPasswordWithLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n',
): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignInOptions {\n    signInOptions {\n      passwords\n      singleSignOn {\n        providerName\n        startPath\n      }\n    }\n  }\n',
): typeof import('./graphql').SignInOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AiUseLedger(\n    $first: Int!\n    $after: String\n    $productionId: ID\n    $modelId: ID\n    $from: String\n    $to: String\n    $order: LedgerOrder\n  ) {\n    aiUseLedger(\n      first: $first\n      after: $after\n      productionId: $productionId\n      modelId: $modelId\n      from: $from\n      to: $to\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          runId\n          source\n          jobId\n          externalRef\n          productionCode\n          shotCode\n          taskId\n          taskType\n          path\n          modelName\n          tool\n          operator\n          c2paStatus\n          modelSha256\n          modelStatus\n          modelApprovedBy\n          modelApprovedAt\n          licence\n          trainingData\n          trainingDataNotes\n          vendor\n          provider\n          deviceClass\n          frames\n          wallMs\n          finishedAt\n          ranBy\n          computeCost {\n            ...MoneyFields\n          }\n          likenessKind\n          performerName\n          consentStanding\n          noticeHoursBeforeFirstUse\n          inFinalDeliverable\n          exceptions {\n            id\n            ruleId\n            status\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').AiUseLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModelNames {\n    modelInventory {\n      id\n      name\n      version\n    }\n  }\n',
): typeof import('./graphql').ModelNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyExceptions($first: Int!, $after: String, $filter: PolicyExceptionFilter) {\n    policyExceptions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ruleId\n          status\n          message\n          evidenceJson\n          productionId\n          occasion\n          occurrences\n          productionCode\n          shotCode\n          taskId\n          firstSeenAt\n          lastSeenAt\n          reviewStatus\n          reviewNote\n          reviewedBy\n          reviewedAt\n          closeReason\n          closedBy\n          closedAt\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PolicyExceptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyRules {\n    policyRules {\n      id\n      text\n      source\n      defaultSeverity\n      packs\n    }\n  }\n',
): typeof import('./graphql').PolicyRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewPolicyException($id: ID!, $reviewStatus: PolicyReviewStatus!, $note: String!) {\n    reviewPolicyException(id: $id, reviewStatus: $reviewStatus, note: $note) {\n      id\n      reviewStatus\n      reviewNote\n      reviewedBy\n      reviewedAt\n    }\n  }\n',
): typeof import('./graphql').ReviewPolicyExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WaivePolicyException($id: ID!, $reason: String!) {\n    waivePolicyException(id: $id, reason: $reason) {\n      id\n      status\n      closeReason\n      closedBy\n      closedAt\n    }\n  }\n',
): typeof import('./graphql').WaivePolicyExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsentRegister($productionId: ID) {\n    consentRegister(productionId: $productionId) {\n      id\n      performerName\n      productionCode\n      replicaKind\n      scope\n      signedAt\n      noticeGivenAt\n      firstLikenessUseAt\n      noticeHoursBeforeFirstUse\n      standing\n      estateConsent\n      scanReason\n      performerMinor\n      guardianName\n      trainingLicensedAt\n      trainingNoticeAt\n      documentSha256\n      tasks\n      openExceptions\n      compensation {\n        ...MoneyFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ConsentRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CheckpointFields on AuditCheckpoint {\n    treeSize\n    rootHash\n    at\n    keyId\n    publicKey\n    signature\n  }\n',
): typeof import('./graphql').CheckpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LatestCheckpoint {\n    auditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n',
): typeof import('./graphql').LatestCheckpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignAuditCheckpoint {\n    signAuditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n',
): typeof import('./graphql').SignAuditCheckpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditConsistencyProof($from: Int!, $to: Int!) {\n    auditConsistencyProof(from: $from, to: $to) {\n      fromSize\n      toSize\n      fromRoot\n      toRoot\n      path\n    }\n  }\n',
): typeof import('./graphql').AuditConsistencyProofDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditWitnessStatus {\n    auditContinuity {\n      ok\n      checkedAt\n      logSize\n      lastSignedSize\n      finding {\n        treeSize\n        consistentUpTo\n        detectedAt\n        message\n      }\n    }\n    auditWitnesses {\n      id\n      name\n      organisation\n      keyId\n      refusing\n      lastCosigned {\n        treeSize\n        signedAt\n        receivedAt\n      }\n      lastRefusal {\n        treeSize\n        fromSize\n        reason\n        receivedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').AuditWitnessStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      performerName\n    }\n  }\n',
): typeof import('./graphql').RecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyExceptionCounts($filter: PolicyExceptionFilter) {\n    policyExceptionCounts(filter: $filter) {\n      ruleId\n      productionId\n      productionCode\n      total\n      open\n      unreviewed\n    }\n  }\n',
): typeof import('./graphql').PolicyExceptionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewPolicyExceptions($ids: [ID!]!, $reviewStatus: PolicyReviewStatus!, $note: String!) {\n    reviewPolicyExceptions(ids: $ids, reviewStatus: $reviewStatus, note: $note) {\n      id\n      reviewStatus\n      reviewNote\n    }\n  }\n',
): typeof import('./graphql').ReviewPolicyExceptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordExceptionNotice($id: ID!, $unionName: String!, $scope: String!, $givenAt: String!) {\n    recordExceptionNotice(id: $id, unionName: $unionName, scope: $scope, givenAt: $givenAt) {\n      id\n      status\n      closeReason\n    }\n  }\n',
): typeof import('./graphql').RecordExceptionNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LabourFiguresFields on LabourImpactRow {\n    role\n    department\n    taskType\n    quarter\n    displacedHours\n    displacedFte\n    createdHours\n    createdFte\n    netHours\n    netFte\n    finishedAiTasks\n    wagesDisplaced {\n      ...MoneyFields\n    }\n  }\n',
): typeof import('./graphql').LabourFiguresFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LabourImpact($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {\n    labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {\n      currency\n      quarters\n      rows {\n        ...LabourFiguresFields\n      }\n      totals {\n        displacedHours\n        displacedFte\n        createdHours\n        createdFte\n        netHours\n        netFte\n        finishedAiTasks\n        wagesDisplaced {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').LabourImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LabourWorking($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {\n    labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {\n      rows {\n        role\n        department\n        taskType\n        quarter\n        working {\n          ...WorkingFields\n        }\n      }\n      totals {\n        working {\n          ...WorkingFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').LabourWorkingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ModelFields on Model {\n    id\n    name\n    version\n    status\n    sha256\n    sizeBytes\n    fileId\n    taskTypes\n    createdAt\n    decidedAt\n    decisionReason\n    producer\n    irVersion\n    inputs {\n      name\n      type\n      shape\n    }\n    outputs {\n      name\n      type\n      shape\n    }\n    adapter {\n      layout\n      colour\n      size\n      width\n      height\n      sizeMultiple\n      fixedSizeStrategy\n      tileOverlap\n      outputKind\n      outputName\n      maskThreshold\n      imageInput\n      extraInputs {\n        name\n        source\n      }\n      valueRange {\n        min\n        max\n      }\n      meanStd {\n        mean\n        std\n      }\n    }\n    provenance {\n      licence\n      trainingData\n      trainingDataNotes\n      vendor\n      source\n      weights\n      modelCard\n    }\n    dataTerms {\n      trainsOnInputs\n      retentionDays\n      enterpriseAgreement\n    }\n    performerScope {\n      performerName\n      productionCode\n    }\n  }\n',
): typeof import('./graphql').ModelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Models($first: Int!, $filter: ModelFilter) {\n    models(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ModelFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModelUse {\n    modelInventory {\n      id\n      runs\n      frames\n      lastUsedAt\n      productions\n      openExceptions\n      decidedBy\n    }\n  }\n',
): typeof import('./graphql').ModelUseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveModel($id: ID!) {\n    approveModel(id: $id) {\n      ...ModelFields\n    }\n  }\n',
): typeof import('./graphql').ApproveModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectModel($id: ID!, $reason: String!) {\n    rejectModel(id: $id, reason: $reason) {\n      ...ModelFields\n    }\n  }\n',
): typeof import('./graphql').RejectModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterModel($input: RegisterModelInput!) {\n    registerModel(input: $input) {\n      ...ModelFields\n    }\n  }\n',
): typeof import('./graphql').RegisterModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query People {\n    people {\n      id\n      email\n      displayName\n      role\n      active\n      lastSignInAt\n      invitationPending\n      memberships {\n        productionId\n        role\n        company\n      }\n    }\n  }\n',
): typeof import('./graphql').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        id\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n',
): typeof import('./graphql').InvitePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePersonRole($id: ID!, $role: Role!) {\n    changePersonRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n',
): typeof import('./graphql').ChangePersonRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n      active\n    }\n  }\n',
): typeof import('./graphql').DeactivatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n      active\n    }\n  }\n',
): typeof import('./graphql').ReactivatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPersonMemberships($id: ID!, $memberships: [MembershipInput!]!) {\n    setPersonMemberships(id: $id, memberships: $memberships) {\n      id\n      memberships {\n        productionId\n        role\n        company\n      }\n    }\n  }\n',
): typeof import('./graphql').SetPersonMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MembershipProductions {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MembershipProductionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioSummary($quarter: String!, $currency: String!, $productionIds: [ID!]) {\n    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {\n      quarter\n      from\n      to\n      currency\n      totalSpend {\n        ...MoneyFields\n      }\n      humanSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      allHumanBaseline {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiPathCost {\n        value {\n          ...MoneyFields\n        }\n      }\n      savings {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiShareOfTasks\n      aiShareOfHours\n      aiTasksWorked\n      tasksWorked\n      aiTaskHours\n      hoursLogged\n      machineHours\n      finishedAiTasks\n      speedUp {\n        median\n        tasks\n      }\n      labourTotals {\n        displacedHours\n        createdHours\n        netHours\n        displacedFte\n        createdFte\n        netFte\n        wagesDisplaced {\n          ...MoneyFields\n        }\n      }\n      labourByRole {\n        role\n        displacedHours\n        createdHours\n        netHours\n      }\n      missingRates {\n        ...MissingRateFields\n      }\n    }\n  }\n',
): typeof import('./graphql').PortfolioSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioTrend($quarter: String!, $currency: String!, $productionIds: [ID!]) {\n    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {\n      quarter\n      humanSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      aiSpend {\n        value {\n          ...MoneyFields\n        }\n      }\n      savings {\n        value {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PortfolioTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioWorking($quarter: String!, $currency: String!, $productionIds: [ID!]) {\n    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {\n      humanSpend {\n        working {\n          ...WorkingFields\n        }\n      }\n      aiSpend {\n        working {\n          ...WorkingFields\n        }\n      }\n      allHumanBaseline {\n        working {\n          ...WorkingFields\n        }\n      }\n      aiPathCost {\n        working {\n          ...WorkingFields\n        }\n      }\n      savings {\n        working {\n          ...WorkingFields\n        }\n      }\n      speedUp {\n        working {\n          ...WorkingFields\n        }\n      }\n      labourTotals {\n        working {\n          ...WorkingFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PortfolioWorkingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FxCurrencies {\n    fxRates(first: 100) {\n      edges {\n        node {\n          currency\n          reportingCurrency\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').FxCurrenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProduction($input: CreateProductionInput!) {\n    createProduction(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').CreateProductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Productions($first: Int!, $after: String) {\n    productions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          country\n          currency\n          reportingCurrency\n          startDate\n          deliveryDate\n          guildCovered\n          vfxBudget {\n            ...MoneyFields\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProductionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AiUseFactsFields on AiUseFacts {\n    taskId\n    shotCode\n    useClass\n    useClassReason\n    outputStatus\n    escalation\n    requiredForFinal\n    lastAiRunAt\n    signedOffBy\n    signedOffAt\n    disclosures {\n      id\n      contact\n      disclosedAt\n      description\n      recordedBy\n    }\n    checklist {\n      noUnownedMaterial\n      noDataReuse\n      enterpriseSecured\n      outputTemporary\n      noTalentReplacement\n      involvesPersonalData\n      involvesThirdPartyIp\n      answeredAt\n    }\n    approvals {\n      id\n      category\n      approver\n      documentRef\n      approvedAt\n      recordedBy\n    }\n  }\n',
): typeof import('./graphql').AiUseFactsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AiUseFacts($taskId: ID!) {\n    aiUseFacts(taskId: $taskId) {\n      ...AiUseFactsFields\n    }\n  }\n',
): typeof import('./graphql').AiUseFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAiUseDisclosure($input: RecordAiUseDisclosureInput!) {\n    recordAiUseDisclosure(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n',
): typeof import('./graphql').RecordAiUseDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerAiUseChecklist($input: AnswerAiUseChecklistInput!) {\n    answerAiUseChecklist(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n',
): typeof import('./graphql').AnswerAiUseChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAiUseApproval($input: RecordAiUseApprovalInput!) {\n    recordAiUseApproval(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n',
): typeof import('./graphql').RecordAiUseApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClassifyAiUse($input: ClassifyAiUseInput!) {\n    classifyAiUse(input: $input) {\n      ...AiUseFactsFields\n    }\n  }\n',
): typeof import('./graphql').ClassifyAiUseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PromoteAiOutputToFinal($taskId: ID!) {\n    promoteAiOutputToFinal(taskId: $taskId) {\n      ...AiUseFactsFields\n    }\n  }\n',
): typeof import('./graphql').PromoteAiOutputToFinalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOffTask($taskId: ID!) {\n    signOffTask(taskId: $taskId) {\n      taskId\n      signedOffBy\n      signedOffAt\n    }\n  }\n',
): typeof import('./graphql').SignOffTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BreakdownTasks(\n    $productionId: ID!\n    $first: Int!\n    $episodeId: ID\n    $sequence: String\n    $taskTypeCode: String\n    $path: TaskPath\n    $status: TaskStatus\n  ) {\n    tasks(\n      productionId: $productionId\n      first: $first\n      episodeId: $episodeId\n      sequence: $sequence\n      taskTypeCode: $taskTypeCode\n      path: $path\n      status: $status\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          complexity\n          path\n          status\n          aiCategory\n          aiForbidden\n          likenessKind\n          performerName\n          plannedAiReviewHours\n          baselineHoursOverride\n          vendorCompany\n          inFinalDeliverable\n          baseline {\n            hours\n            optimisticHours\n            pessimisticHours\n            source\n            working\n          }\n          taskType {\n            code\n            name\n            baselineRole {\n              code\n              name\n            }\n          }\n          shot {\n            id\n            code\n            sequence\n            frameIn\n            frameOut\n            frameCount\n            timeScalar\n            description\n            performerLikeness\n            episode {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BreakdownTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BreakdownFilters($productionId: ID!) {\n    episodes(productionId: $productionId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BreakdownFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportBreakdown(\n    $productionId: ID!\n    $format: BreakdownFormat!\n    $content: String!\n    $dryRun: Boolean!\n    $episodeNumber: Int\n    $fps: Float\n    $taskTypeCode: String\n    $path: TaskPath\n    $complexity: Int\n  ) {\n    importBreakdown(\n      productionId: $productionId\n      format: $format\n      content: $content\n      dryRun: $dryRun\n      episodeNumber: $episodeNumber\n      fps: $fps\n      taskTypeCode: $taskTypeCode\n      path: $path\n      complexity: $complexity\n    ) {\n      dryRun\n      committed\n      format\n      title\n      newEpisodes\n      newShots\n      newTasks\n      errors {\n        line\n        field\n        message\n        suggestion\n      }\n      shots {\n        line\n        code\n        episodeNumber\n        sequence\n        frameIn\n        frameOut\n        frameCount\n        timeScalar\n        exists\n      }\n      tasks {\n        line\n        shotCode\n        taskTypeCode\n        complexity\n        path\n        exists\n      }\n    }\n  }\n',
): typeof import('./graphql').ImportBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateShot($input: CreateShotInput!) {\n    createShot(input: $input) {\n      id\n      code\n    }\n  }\n',
): typeof import('./graphql').CreateShotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateShot($id: ID!, $input: UpdateShotInput!) {\n    updateShot(id: $id, input: $input) {\n      id\n      code\n    }\n  }\n',
): typeof import('./graphql').UpdateShotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteShot($id: ID!) {\n    deleteShot(id: $id) {\n      summary\n    }\n  }\n',
): typeof import('./graphql').DeleteShotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTasks($input: CreateTasksInput!) {\n    createTasks(input: $input) {\n      created\n    }\n  }\n',
): typeof import('./graphql').CreateTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) {\n    updateTask(id: $id, input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').UpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id) {\n      summary\n    }\n  }\n',
): typeof import('./graphql').DeleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ShotTaskNames($productionId: ID!, $shotId: ID!) {\n    tasks(productionId: $productionId, shotId: $shotId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          taskType {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ShotTaskNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VendorTools {\n    vendorTools {\n      id\n      vendor\n      name\n      approvedProductionIds\n      dataTerms {\n        trainsOnInputs\n        retentionDays\n        enterpriseAgreement\n      }\n    }\n  }\n',
): typeof import('./graphql').VendorToolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAiRun($input: RecordAiRunInput!) {\n    recordAiRun(input: $input) {\n      id\n      tool\n      modelLabel\n      credits\n      cost {\n        ...MoneyFields\n      }\n      outputs {\n        fileId\n        originalName\n        c2paStatus\n      }\n    }\n  }\n',
): typeof import('./graphql').RecordAiRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CostReport($productionId: ID!, $asOf: String!) {\n    costReport(productionId: $productionId, asOf: $asOf) {\n      asOf\n      currency\n      missingRates {\n        ...MissingRateFields\n      }\n      vfxBudget {\n        ...MoneyFields\n      }\n      totals {\n        budget {\n          ...MoneyFields\n        }\n        bid {\n          ...MoneyFields\n        }\n        actualToDate {\n          ...MoneyFields\n        }\n        estimateToComplete {\n          ...MoneyFields\n        }\n        estimateAtCompletion {\n          ...MoneyFields\n        }\n        variance {\n          ...MoneyFields\n        }\n        bidVariance {\n          ...MoneyFields\n        }\n      }\n      lines {\n        taskType\n        tasks\n        budget {\n          ...MoneyFields\n        }\n        bid {\n          ...MoneyFields\n        }\n        actualToDate {\n          ...MoneyFields\n        }\n        estimateToComplete {\n          ...MoneyFields\n        }\n        estimateAtCompletion {\n          ...MoneyFields\n        }\n        variance {\n          ...MoneyFields\n        }\n        bidVariance {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CostReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CostWorking($productionId: ID!, $asOf: String!) {\n    costReport(productionId: $productionId, asOf: $asOf) {\n      totals {\n        working {\n          ...WorkingFields\n        }\n      }\n      lines {\n        taskType\n        working {\n          ...WorkingFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CostWorkingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BidVsActual($productionId: ID!, $groupBy: BidGrouping!) {\n    bidVsActual(productionId: $productionId, groupBy: $groupBy) {\n      currency\n      missingRates {\n        ...MissingRateFields\n      }\n      totals {\n        tasks\n        bidHours\n        actualHours\n        hoursVariance\n        bidCost {\n          ...MoneyFields\n        }\n        actualCost {\n          ...MoneyFields\n        }\n        costVariance {\n          ...MoneyFields\n        }\n      }\n      rows {\n        key\n        tasks\n        bidHours\n        actualHours\n        hoursVariance\n        bidCost {\n          ...MoneyFields\n        }\n        actualCost {\n          ...MoneyFields\n        }\n        costVariance {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BidVsActualDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanFrontier($productionId: ID!, $scenarioId: ID) {\n    planFrontier(productionId: $productionId, scenarioId: $scenarioId) {\n      exact\n      totalPoints\n      displacementCapHours\n      maxGapHours\n      maxGapCost {\n        ...MoneyFields\n      }\n      budgetBeforeContingency {\n        ...MoneyFields\n      }\n      points {\n        index\n        displacedHours\n        cost {\n          ...MoneyFields\n        }\n        paths {\n          path\n          tasks\n        }\n      }\n      leastDisplacementWithinBudget {\n        status\n        message\n        point {\n          index\n        }\n      }\n      cheapestWithinDisplacementCap {\n        status\n        message\n        point {\n          index\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PlanFrontierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentPlanCost($productionId: ID!, $scenarioId: ID) {\n    feasibility(productionId: $productionId, scenarioId: $scenarioId) {\n      estimateAtCompletion {\n        ...MoneyFields\n      }\n    }\n  }\n',
): typeof import('./graphql').CurrentPlanCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanAdoptionPreview($productionId: ID!, $scenarioId: ID, $index: Int!) {\n    planAdoptionPreview(productionId: $productionId, scenarioId: $scenarioId, index: $index) {\n      index\n      fingerprint\n      costEffect {\n        ...MoneyFields\n      }\n      changes {\n        taskId\n        task\n        from\n        to\n        costEffect {\n          ...MoneyFields\n        }\n      }\n      kept {\n        taskId\n        task\n        path\n        wanted\n        reason\n      }\n    }\n  }\n',
): typeof import('./graphql').PlanAdoptionPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdoptFrontierPoint($productionId: ID!, $scenarioId: ID, $index: Int!, $fingerprint: String!) {\n    adoptFrontierPoint(\n      productionId: $productionId\n      scenarioId: $scenarioId\n      index: $index\n      fingerprint: $fingerprint\n    ) {\n      adoptionId\n      index\n      changed\n      kept {\n        taskId\n        task\n        path\n        wanted\n        reason\n      }\n    }\n  }\n',
): typeof import('./graphql').AdoptFrontierPointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UndoPlanAdoption($adoptionId: ID!) {\n    undoPlanAdoption(adoptionId: $adoptionId) {\n      adoptionId\n      restored {\n        taskId\n        task\n        from\n        to\n      }\n    }\n  }\n',
): typeof import('./graphql').UndoPlanAdoptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Scenarios($productionId: ID!) {\n    scenarios(productionId: $productionId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          updatedAt\n          assumptions {\n            aiReviewHoursPerTask\n            contingencyPercent\n            gpuCount\n            gpuDeviceClass\n            gpuSecondsPerFrame\n            hoursPerWeek\n            reworkRatePercent\n            gpuPricePerHour {\n              ...MoneyFields\n            }\n            headcounts {\n              roleCode\n              people\n            }\n            pathByTaskType {\n              taskTypeCode\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanBasisFields on PlanBasis {\n    planDate\n    scenario\n    asOf\n    tasks\n    unbidTasks\n  }\n',
): typeof import('./graphql').PlanBasisFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Feasibility($productionId: ID!, $scenarioId: ID) {\n    feasibility(productionId: $productionId, scenarioId: $scenarioId) {\n      verdict\n      summary\n      scheduleWeeks\n      weeksToDelivery\n      basis {\n        ...PlanBasisFields\n      }\n      budget {\n        ...MoneyFields\n      }\n      actualToDate {\n        ...MoneyFields\n      }\n      estimateToComplete {\n        ...MoneyFields\n      }\n      estimateAtCompletion {\n        ...MoneyFields\n      }\n      contingency {\n        ...MoneyFields\n      }\n      totalCost {\n        ...MoneyFields\n      }\n      headroom {\n        ...MoneyFields\n      }\n      variance {\n        ...MoneyFields\n      }\n      assumptions {\n        kind\n        name\n        hours\n        sentence\n      }\n      binding {\n        kind\n        name\n        utilisation\n        weeks\n      }\n      constraints {\n        kind\n        name\n        utilisation\n        weeks\n      }\n    }\n  }\n',
): typeof import('./graphql').FeasibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FeasibilityWorking($productionId: ID!, $scenarioId: ID) {\n    feasibility(productionId: $productionId, scenarioId: $scenarioId) {\n      working {\n        ...WorkingFields\n      }\n    }\n  }\n',
): typeof import('./graphql').FeasibilityWorkingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Risk($productionId: ID!, $scenarioId: ID) {\n    riskProfile(productionId: $productionId, scenarioId: $scenarioId) {\n      method\n      draws\n      seed\n      probabilityWithinBudget\n      budget {\n        ...MoneyFields\n      }\n      mean {\n        ...MoneyFields\n      }\n      p10 {\n        ...MoneyFields\n      }\n      p50 {\n        ...MoneyFields\n      }\n      p80 {\n        ...MoneyFields\n      }\n      p90 {\n        ...MoneyFields\n      }\n      histogram {\n        count\n        from {\n          ...MoneyFields\n        }\n        to {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      id\n      name\n    }\n  }\n',
): typeof import('./graphql').CreateScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductionHeader($id: ID!) {\n    production(id: $id) {\n      id\n      code\n      title\n      currency\n      reportingCurrency\n      startDate\n      deliveryDate\n      guildCovered\n      vfxBudget {\n        ...MoneyFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ProductionHeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductionRates($productionId: ID!) {\n    production(id: $productionId) {\n      id\n      currency\n      reportingCurrency\n      startDate\n      deliveryDate\n    }\n    rateCardInEffect(productionId: $productionId) {\n      id\n      name\n      currency\n      effectiveFrom\n      productionId\n      source\n      lines {\n        fringePercent\n        source\n        role {\n          code\n          name\n        }\n        hourlyRate {\n          ...MoneyFields\n        }\n        flatFringePerHour {\n          ...MoneyFields\n        }\n        loadedRate {\n          ...MoneyFields\n        }\n      }\n    }\n    labourRoles(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          department\n        }\n      }\n    }\n    taskTypes(first: 100) {\n      edges {\n        node {\n          code\n          name\n          defaultAiCategory\n          baselineRole {\n            code\n            name\n          }\n          bidTemplates {\n            name\n            complexity\n            unit\n            optimistic\n            mostLikely\n            pessimistic\n            source\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProductionRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRateCard($input: CreateRateCardInput!) {\n    createRateCard(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').CreateRateCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetRateCardLine($input: SetRateCardLineInput!) {\n    setRateCardLine(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').SetRateCardLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveTaskType($input: TaskTypeInput!) {\n    saveTaskType(input: $input) {\n      code\n    }\n  }\n',
): typeof import('./graphql').SaveTaskTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateLabourRole($input: LabourRoleInput!) {\n    createLabourRole(input: $input) {\n      code\n    }\n  }\n',
): typeof import('./graphql').CreateLabourRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductionFxRates($currency: String!, $reportingCurrency: String!) {\n    fxRates(currency: $currency, reportingCurrency: $reportingCurrency, first: 100) {\n      edges {\n        node {\n          quarter\n          rate\n          source\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProductionFxRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetFxRate($input: FxRateInput!) {\n    setFxRate(input: $input) {\n      quarter\n    }\n  }\n',
): typeof import('./graphql').SetFxRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetBidTemplate($input: BidTemplateInput!) {\n    setBidTemplate(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').SetBidTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductionRulePacks($productionId: ID!) {\n    rulePacks(productionId: $productionId) {\n      id\n      title\n      source\n      effectiveFrom\n      effectiveTo\n      chosen\n      rules {\n        id\n        text\n        severity\n        defaultSeverity\n      }\n    }\n    disclosurePlans(productionId: $productionId) {\n      id\n      deliverable\n      placements\n      howTold\n      firstExposure\n    }\n  }\n',
): typeof import('./graphql').ProductionRulePacksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPolicySeverity($productionId: ID!, $ruleId: PolicyRuleId!, $severity: PolicySeverity!) {\n    setPolicySeverity(productionId: $productionId, ruleId: $ruleId, severity: $severity) {\n      id\n      severity\n    }\n  }\n',
): typeof import('./graphql').SetPolicySeverityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TimeEntries($productionId: ID!, $first: Int!, $person: String) {\n    timeEntries(productionId: $productionId, first: $first, person: $person) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          person\n          workDate\n          minutes\n          kind\n          note\n          reverses\n          corrects\n          monthClosed\n          reversed\n          task {\n            id\n            shot {\n              code\n            }\n            taskType {\n              code\n              name\n            }\n          }\n          role {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').TimeEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTimeEntry($id: ID!, $changes: TimeEntryChanges!) {\n    updateTimeEntry(id: $id, changes: $changes) {\n      reversed\n      entry {\n        id\n        workDate\n        minutes\n      }\n      reversal {\n        id\n        workDate\n        minutes\n      }\n    }\n  }\n',
): typeof import('./graphql').UpdateTimeEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteTimeEntry($id: ID!) {\n    deleteTimeEntry(id: $id) {\n      reversed\n      reversal {\n        id\n        workDate\n        minutes\n      }\n    }\n  }\n',
): typeof import('./graphql').DeleteTimeEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportTimeEntries($productionId: ID!, $content: String!, $dryRun: Boolean!) {\n    importTimeEntries(format: CSV, productionId: $productionId, content: $content, dryRun: $dryRun) {\n      committed\n      count\n      hours\n      entryIds\n      entries {\n        line\n        person\n        roleCode\n        workDate\n        minutes\n        kind\n        note\n        task {\n          id\n          shot {\n            code\n          }\n          taskType {\n            code\n            name\n          }\n        }\n      }\n      errors {\n        line\n        field\n        message\n        suggestion\n      }\n    }\n  }\n',
): typeof import('./graphql').ImportTimeEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteTimeEntries($ids: [ID!]!) {\n    deleteTimeEntries(ids: $ids) {\n      reversed\n    }\n  }\n',
): typeof import('./graphql').DeleteTimeEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanInputs($productionId: ID!, $after: String) {\n    planInputs(productionId: $productionId) {\n      productionId\n      currency\n      budget {\n        ...MoneyFields\n      }\n      planDate\n      asOf\n      spentOutsidePlan {\n        ...MoneyFields\n      }\n      daysToDelivery\n      hoursPerDay\n      gpuPrices {\n        deviceClass\n        pricePerHour {\n          ...MoneyFields\n        }\n      }\n      tasks(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            label\n            taskTypeCode\n            taskTypeName\n            roleCode\n            rateMinorPerHour\n            path\n            aiForbidden\n            done\n            complexity\n            frameCount\n            baselineHoursOverride\n            bidUnit\n            bidOptimistic\n            bidMostLikely\n            bidPessimistic\n            plannedReviewHours\n            actualMinor\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PlanInputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment JobFields on InferenceJob {\n    id\n    status\n    taskId\n    productionId\n    modelId\n    modelLabel\n    modelSha256\n    framesDone\n    framesTotal\n    provider\n    device\n    deviceClass\n    attempt\n    cancelRequested\n    queuedAt\n    startedAt\n    finishedAt\n    queueWaitMs\n    wallMs\n    error\n    failedFrame {\n      index\n      name\n    }\n    timings {\n      decodeMs\n      inferMs\n      encodeMs\n    }\n    computeCost {\n      ...MoneyFields\n    }\n  }\n',
): typeof import('./graphql').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InferenceJobs($first: Int!, $filter: InferenceJobFilter) {\n    inferenceJobs(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...JobFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').InferenceJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription JobProgress($jobId: ID!) {\n    jobProgress(jobId: $jobId) {\n      ...JobFields\n    }\n  }\n',
): typeof import('./graphql').JobProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelInferenceJob($id: ID!) {\n    cancelInferenceJob(id: $id) {\n      ...JobFields\n    }\n  }\n',
): typeof import('./graphql').CancelInferenceJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobContext($jobId: ID!, $taskId: ID!, $modelId: ID!, $productionId: ID!) {\n    renders(jobId: $jobId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          frameIndex\n          frameNumber\n          frameName\n          width\n          height\n          inputSha256\n          outputSha256\n          outputFileId\n          thumbnailFileId\n          decodeMs\n          inferMs\n          encodeMs\n          provenanceStatus\n          manifest\n        }\n      }\n    }\n    task(id: $taskId) {\n      id\n      path\n      shot {\n        code\n      }\n      taskType {\n        name\n        baselineRole {\n          code\n          name\n        }\n      }\n      baseline {\n        hours\n        working\n      }\n    }\n    model(id: $modelId) {\n      id\n      name\n      version\n      sha256\n      adapter {\n        outputKind\n      }\n      provenance {\n        licence\n        trainingData\n        weights\n        vendor\n      }\n    }\n    taskJobs: inferenceJobs(first: 100, filter: { taskId: $taskId }) {\n      edges {\n        node {\n          id\n          wallMs\n          status\n        }\n      }\n    }\n    timeEntries(productionId: $productionId, taskId: $taskId, first: 100) {\n      totalCount\n      edges {\n        node {\n          minutes\n          kind\n        }\n      }\n    }\n    rateCardInEffect(productionId: $productionId) {\n      name\n    }\n  }\n',
): typeof import('./graphql').JobContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TaskCost($productionId: ID!, $taskId: ID!) {\n    taskBidVsActual(productionId: $productionId, taskId: $taskId) {\n      currency\n      bidCost {\n        ...MoneyFields\n      }\n      actualCost {\n        ...MoneyFields\n      }\n      costVariance {\n        ...MoneyFields\n      }\n      fxRates {\n        quarter\n        from\n        to\n        rate\n      }\n      runs {\n        jobId\n        inCardCurrency {\n          ...MoneyFields\n        }\n      }\n      working {\n        ...WorkingFields\n      }\n    }\n  }\n',
): typeof import('./graphql').TaskCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FolderFrames {\n    frameFolders(first: 100) {\n      edges {\n        node {\n          id\n          name\n          firstFrame\n          lastFrame\n          frameCount\n          width\n          height\n          frames(first: 100) {\n            edges {\n              node {\n                fileId\n                sha256\n                number\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').FolderFramesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FolderAlpha($folderId: ID!) {\n    frameFolder(id: $folderId) {\n      id\n      frames(first: 100) {\n        edges {\n          node {\n            number\n            hasAlpha\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').FolderAlphaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubmitChoices($productionId: ID!, $taskTypeCode: String) {\n    tasks(productionId: $productionId, taskTypeCode: $taskTypeCode, first: 100) {\n      edges {\n        node {\n          id\n          path\n          status\n          aiForbidden\n          shot {\n            code\n          }\n          taskType {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SubmitChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApprovedModels {\n    models(first: 100, filter: { status: APPROVED }) {\n      edges {\n        node {\n          id\n          name\n          version\n          taskTypes\n          adapter {\n            extraInputs {\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ApprovedModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitInferenceJob($input: SubmitInferenceJobInput!) {\n    submitInferenceJob(input: $input) {\n      ...JobFields\n    }\n  }\n',
): typeof import('./graphql').SubmitInferenceJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Names {\n    labourRoles(first: 100) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n    taskTypes(first: 100) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').NamesDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
