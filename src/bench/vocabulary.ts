import type { Area } from '../schemas/area.ts';

/** Word banks and sentence templates the synthetic content generator draws from. */
export const TOOLS = [
	'Kubernetes',
	'Argo CD',
	'Backstage',
	'Vault',
	'Terraform',
	'Crossplane',
	'GitHub Actions',
	'Buildkite',
	'Tekton',
	'Helm',
	'Kustomize',
	'OpenTelemetry',
	'Prometheus',
	'Grafana',
	'Loki',
	'Tempo',
	'Jaeger',
	'Istio',
	'Linkerd',
	'Cilium',
	'Envoy',
	'Kyverno',
	'OPA Gatekeeper',
	'Renovate',
	'Sigstore',
	'Trivy',
	'PagerDuty',
	'Airflow',
	'Kafka',
	'PostgreSQL',
	'Flux',
	'Karpenter',
	'KEDA',
	'Knative',
	'Temporal',
	'Unleash',
	'Bazel',
	'Gradle',
	'Docker',
	'Tilt',
	'Artifactory',
	'Datadog',
	'Snyk',
	'Consul',
	'Pulumi',
	'Spinnaker',
	'Jenkins',
	'Dependabot',
	'Cert-manager',
	'External Secrets',
] as const;

export const CONCERNS = [
	'preview environments',
	'secrets rotation',
	'service ownership',
	'build caching',
	'progressive delivery',
	'canary releases',
	'cost allocation',
	'log retention',
	'trace sampling',
	'alert routing',
	'dependency updates',
	'image signing',
	'SBOM generation',
	'policy as code',
	'multi-region failover',
	'database migrations',
	'feature flags',
	'runbook automation',
	'incident response',
	'on-call handover',
	'namespace quotas',
	'autoscaling',
	'ingress routing',
	'DNS management',
	'certificate rotation',
	'artifact storage',
	'test flakiness',
	'monorepo builds',
	'golden-path templates',
	'developer onboarding',
	'API gateways',
	'schema registry',
	'backup and restore',
	'chaos experiments',
	'SLO tracking',
	'error budgets',
	'access reviews',
	'audit logging',
	'data lineage',
	'local development',
	'remote caching',
	'service mesh',
	'container scanning',
	'CI runners',
	'deploy approvals',
	'rollbacks',
	'load testing',
	'synthetic monitoring',
	'queue processing',
	'batch jobs',
] as const;

export const FIRST_NAMES = [
	'Priya',
	'Marek',
	'Sam',
	'Aoife',
	'Lucía',
	'Tomasz',
	'Chen',
	'Amara',
	'Jonas',
	'Fatima',
	'Diego',
	'Ingrid',
	'Kofi',
	'Yuki',
	'Nadia',
	'Oscar',
	'Leila',
	'Mateus',
	'Hana',
	'Rafael',
	'Sofia',
	'Emeka',
	'Linnea',
	'Arjun',
	'Mei',
	'Pieter',
	'Zainab',
	'Tariq',
	'Elena',
	'Noah',
	'Ravi',
	'Greta',
	'Kenji',
	'Ama',
	'Bruno',
	'Chiara',
	'Dmitri',
	'Esther',
	'Felix',
	'Gwen',
] as const;

export const LAST_NAMES = [
	'Ferrer',
	'Wierzbicki',
	'Brennan',
	'Okafor',
	'Lindqvist',
	'Tanaka',
	'Haddad',
	'Novak',
	'Costa',
	'Murphy',
	'Schmidt',
	'Kowalska',
	'Mensah',
	'Rossi',
	'Iyer',
	'Nakamura',
	'Petrov',
	'Santos',
	'Berg',
	'Dubois',
	'Kaur',
	'Osei',
	'Moreau',
	'Ali',
] as const;

export const MAKER_ROLES = [
	'Engineering Manager',
	'Staff Engineer',
	'Principal Engineer',
	'Platform Product Manager',
	'Tech Lead',
	'Security Architect',
] as const;

/** Persona roles: short label, job role, Team Topologies team type. */
export const ROLES = [
	['backend engineer', 'Backend engineer in a product team', 'stream-aligned'],
	['frontend engineer', 'Front-end engineer building customer web apps', 'stream-aligned'],
	['mobile engineer', 'Mobile engineer shipping the iOS and Android apps', 'stream-aligned'],
	['data engineer', 'Data engineer running scheduled pipelines', 'stream-aligned'],
	['ML engineer', 'Machine learning engineer serving models in production', 'complicated-subsystem'],
	['site reliability engineer', 'Site reliability engineer supporting several product teams', 'enabling'],
	['security champion', 'Engineer who champions security in a product team', 'stream-aligned'],
	['engineering manager', 'Engineering manager of two product teams', 'leadership'],
	['platform engineer', 'Engineer on a platform team', 'platform'],
	['QA engineer', 'Quality engineer owning test automation', 'stream-aligned'],
	['new joiner', 'Engineer in their first 90 days', 'stream-aligned'],
	['staff engineer', 'Staff engineer working across teams', 'enabling'],
	['data scientist', 'Data scientist building forecasting models', 'complicated-subsystem'],
	['product manager', 'Product manager of a customer-facing product', 'other'],
] as const;

export const EXPERIENCE = ['beginner', 'intermediate', 'advanced', 'expert'] as const;

export const PLATFORM_TEAMS = [
	'Pipelines',
	'Runtime',
	'Developer Experience',
	'Observability',
	'Identity',
	'Networking',
	'Data Platform',
	'Storage',
] as const;
export const PRODUCT_TEAMS = [
	'Checkout',
	'Payments',
	'Search',
	'Catalogue',
	'Routing',
	'Tracking',
	'Billing',
	'Notifications',
	'Mobile Apps',
	'Warehouse Systems',
	'Pricing',
	'Fraud',
	'Loyalty',
	'Inventory',
	'Partner API',
	'Customer Support',
	'Returns',
	'Onboarding',
] as const;

export const AREAS: Area[] = [
	{
		id: 'ci-cd',
		name: 'CI/CD',
		description: 'Build, test and deploy pipelines, shared workflows and runners, and GitOps deploys to every cluster.',
	},
	{ id: 'environments', name: 'Environments', description: 'Namespaces, staging, preview environments and local development setups.' },
	{ id: 'observability', name: 'Observability', description: 'Logs, metrics, traces, alerting, on-call routing and incident tooling.' },
	{ id: 'service-catalog', name: 'Service catalog', description: 'Every service, its owner, its on-call rotation and its dependencies.' },
	{
		id: 'security',
		name: 'Security',
		description: 'Secrets, access management, scanning, signing and the compliance checks services must pass.',
	},
	{
		id: 'data-platform',
		name: 'Data platform',
		description: 'Managed pipelines, warehouses, lineage and backfill tooling for data teams.',
	},
	{
		id: 'developer-portal',
		name: 'Developer portal',
		description: 'The portal, golden-path templates, guides and onboarding for new joiners.',
	},
	{ id: 'infrastructure', name: 'Infrastructure', description: 'Clusters, networking, DNS, CDN and cloud accounts, and what they cost.' },
];

export const GUIDE_SECTIONS = ['basics', 'services', 'frontend', 'data', 'operations', 'security'] as const;

export const STAGE_NAMES = ['Discover', 'Request access', 'Set up', 'Build', 'Test', 'Review', 'Deploy', 'Operate', 'Improve'] as const;

/** Kinds of pain: an id prefix and a sentence template. */
export const PAIN_KINDS = [
	['ticket-wait', 'Every {concern} change needs a ticket to the {team} team and waits {days} working days.'],
	['manual-setup', 'Setting up {concern} is done by hand from a wiki page that is out of date.'],
	['flaky', '{Concern} fails about one run in {n} for reasons nobody can explain, so people retry until it passes.'],
	['missing-docs', 'There is no guide for {concern}, so people copy the setup from another team and hope it is right.'],
	['noisy-alerts', 'Alerts about {concern} page the wrong team, and most of them resolve on their own.'],
	['slow-feedback', 'Feedback on {concern} takes {hours} hours, so problems are found a day after the change.'],
	['unclear-ownership', 'Nobody knows which team owns {concern}, so questions bounce between channels.'],
	['config-drift', 'Each team has its own copy of the {concern} configuration, and the copies have drifted apart.'],
	['access-delay', 'Access to {tool} for {concern} takes {days} days and needs a manager to chase it.'],
	['hidden-cost', 'Nobody can see what {concern} costs per team until finance asks about the bill.'],
] as const;

// --- Sentence templates: {slot} is filled by `fill`; a capitalised slot ({Concern}) starts a sentence ---

export const CONTEXT = [
	'Today the {team} team handles {subject} with a mix of scripts and tickets, and every change waits on one of {n} people who know the setup.',
	'In the last developer survey {pct}% of respondents named {subject} as a reason their releases slip.',
	'Teams copy the {subject} configuration from each other, so there are now {n} variants that drift further apart every quarter.',
	'The current setup on {tool2} has had no clear owner since the {team} team was reorganised.',
	'An incident review found that {subject} was the slowest step in recovering from a failed deployment.',
	'Auditors ask us to show who changed {subject} settings and when, which the current tooling cannot do.',
	'Product teams want {subject} to work the same way in staging and production, and today it does not.',
	'Upgrading {tool2} took {days} weeks last time because each service pinned its own version.',
	'Support tickets about {subject} make up {pct}% of the requests the platform teams receive each month.',
	'New joiners spend about {days} days learning how {subject} works before they can ship a change.',
	'The {tool2} licence renews next quarter, which gives us a natural point to decide.',
	'Several teams already run {tool} for {concern2}, so there is in-house experience to build on.',
	'The on-call rotation reports that alerts about {subject} are noisy and rarely actionable.',
	'Cloud spend on {subject} grew by {pct}% over the year without a clear owner for the cost.',
	'Security Enablement flagged {subject} as a gap in the baseline controls every production service must pass.',
	'Median change lead time for teams affected by {subject} is {hours} hours, well above the platform target.',
	'Two of the last {n} postmortems named {subject} as a contributing factor.',
	'Engineering managers say that work on {subject} is invisible in planning, so it loses to feature work every time.',
];

export const QUESTIONS = [
	'How should we run {subject} so that teams can change it through a pull request instead of a ticket?',
	'Which tool should own {subject}, and who on the platform side is accountable for it?',
	'How do we make {subject} the default for every new service without a migration per repository?',
	'What is the smallest change to {subject} that removes the waiting and keeps an audit trail?',
];

export const DRIVERS = [
	'Teams can change {subject} through a pull request, without a ticket.',
	'One platform change reaches every service without a migration per repository.',
	'The choice works in every region and cluster we run.',
	'Running cost stays within the current platform budget.',
	'The {team} team can operate it with its current headcount.',
	'It integrates with {tool2}, which every team already uses.',
	'Audit evidence is produced automatically.',
	'New joiners can learn it from one guide.',
	'It does not lock us into a single vendor.',
	'A failure of the component never blocks deploys.',
	'It is open source with an active community.',
	'Developers get feedback in minutes, not hours.',
];

export const REASONS = [
	'meets every decision driver at a cost the {team} team can carry',
	'is the only option that lets teams self-serve {subject}',
	'builds on {tool2}, which most teams already know',
	'removes the ticket queue without adding a new service to operate',
	'gives the clearest audit trail for {subject}',
];

export const GOOD = [
	'Good, because teams no longer wait on tickets for {subject}.',
	'Good, because platform upgrades become one version bump.',
	'Good, because audit evidence comes from the system itself.',
	'Good, because {metric} should improve within two quarters.',
	'Good, because it is well known among our engineers.',
	'Good, because it has first-class support for {concern2}.',
	'Good, because the vendor runs it for us.',
	'Good, because nothing moves for existing services.',
];

export const BAD = [
	'Bad, because migrating {n} existing services is a long tail.',
	'Bad, because the {team} team must learn {tool} first.',
	'Bad, because it adds a component to keep patched.',
	'Bad, because some teams lose flexibility they rely on today.',
	'Bad, because it needs a dedicated team to run.',
	'Bad, because it does not support {concern2} yet.',
	'Bad, because licence cost grows with every developer.',
	'Bad, because lint finds drift but does not fix it.',
];

export const CONFIRMATIONS = [
	'We will watch {metric} on the metrics page each month; the decision holds if it stays on target for a full quarter.',
	'The {team} team reviews adoption in the quarterly platform review and reports back in the decision log.',
	'A policy check in CI fails pull requests that bypass the chosen setup, so drift is visible within a day.',
];

export const MORE = [
	'The decision will be revisited after {n} months in production.',
	'A migration guide for {subject} will be published with the first release.',
	'Questions go to the {team} team channel; office hours run every Thursday.',
	'The evaluation notes, including the load tests against {tool2}, are in the platform wiki.',
];

export const BACKGROUND = [
	'The platform treats {subject} as a product, with a roadmap, an owner and a feedback channel.',
	'Most of the work on {subject} is glue between {tool} and {tool2}, which is exactly what a platform should absorb.',
	'Product teams should spend their time on customer problems, not on keeping {subject} running.',
	"The golden path covers the common case; anything unusual stays possible but is the team's own responsibility.",
	'Cognitive load is the main cost here: every extra tool a developer must learn slows down the next change.',
	'Self-service means a developer finishes the task without waiting for a person on another team.',
	'Success is measured with {metric}, which is reported on the metrics page every week.',
	'The {team} team runs office hours where developers can bring questions about {subject}.',
	'Defaults are chosen so that a new service is secure, observable and deployable on its first day.',
	'Every setting that matters lives in version control, so a change can be reviewed, audited and reverted.',
	'Feedback from the last quarterly survey shaped the scope: developers asked for fewer steps, not more features.',
	'When {tool} is unavailable, deploys fall back to the previous version rather than blocking.',
	'Platform changes are announced in the changelog a week before they reach production clusters.',
	'Teams on the older setup get a migration pull request opened for them by a bot.',
	'The same approach already works for {concern2}, which gives some confidence it will work here.',
	'Costs are shown per team in the portal, so trade-offs are visible to the people who make them.',
];

export const HOW_IT_WORKS = [
	'A developer opens a pull request that changes {subject}, and {tool} applies it once CI is green.',
	'The portal shows the current state of {subject} for each service, with a link to the change that set it.',
	'Defaults come from the golden-path template, so new services get {subject} without any setup.',
	'The {team} team owns the shared configuration and publishes a changelog entry for every release.',
	'Teams that need something unusual can override the defaults in one file, and the override is visible in the catalog.',
	'Every change is recorded with who made it and why, which gives auditors what they ask for without extra work.',
	'A weekly report lists services that still use the old {subject} setup and who owns them.',
	'The rollout starts with {n} volunteer teams and reaches every team within two quarters.',
	'Failures are retried automatically, and a clear message in the pull request says what to fix.',
	'The old path on {tool2} keeps working during the migration and is switched off only when usage reaches zero.',
];

export const CHANGES_FOR_YOU = [
	'No more tickets to the {team} team for {subject}.',
	'Changes to {subject} go through the same review as your code.',
	'Dashboards for {subject} appear in {tool2} with your team already filtered.',
	'New services get the setup from the template on day one.',
	'You can see the status of every request in the portal.',
];

export const OUT_OF_SCOPE = [
	'Services outside the golden path, until they migrate.',
	'Changes to {concern2}, which is tracked as its own item.',
	'Mobile app builds, which follow a separate flow.',
	'Regions we do not run production in yet.',
];

export const GUIDE_INTRO = [
	'This guide shows you how to {goal} with {tool}.',
	'Most teams need this once per service, and it takes about {minutes} minutes the first time.',
	'The platform owns the shared plumbing for {subject}; you own the settings of your own service.',
	'If something in this guide does not match what you see, tell the {team} team so the guide can be fixed.',
	'The steps below assume the golden-path layout; services on older templates need one extra step, noted where it applies.',
];

export const GUIDE_STEPS = [
	'Open the service page in the portal and check that your team is listed as the owner.',
	'Create a branch for the change, because every setting for {subject} lives in the repository.',
	'Edit the service manifest and add the settings for {subject}; the defaults are fine for most services.',
	'Run the checks locally so that CI does not surprise you.',
	'Open a pull request and ask a teammate to review it; the {tool} check comments with what will change.',
	'Merge the pull request, then watch {tool} apply the change to staging.',
	'Promote the change to production once staging has run for a day without new alerts.',
	'Confirm the dashboards in {tool2} show the new setting for your service.',
];

export const GUIDE_CHECKS = [
	'The {tool} status for your service is green in the portal.',
	'The pull request checks all passed, and the deploy reached staging.',
	'Dashboards in {tool2} show data for your service within a few minutes.',
	'The catalog lists the change under the service history.',
];

export const GUIDE_TROUBLE = [
	'If the check fails with a permission error, your team group may not have access to {tool} yet; ask in the {team} team channel.',
	'When the deploy stalls, look at the sync status in the portal before retrying; most stalls are a missing namespace quota.',
	'Older services sometimes pin an outdated version of the shared configuration, which shows up as a drift warning in the pull request.',
	'Changes to {subject} can take up to {n} minutes to reach every cluster, so wait before you debug a missing setting.',
	'If nothing helps, open a support request from the portal with the pull request link; the on-call platform engineer answers within a working day.',
];

export const COMMANDS = [
	'runway login',
	'runway doctor',
	'runway catalog show {service}',
	'runway create service --template {template} --name {service} --owner {teamId}',
	'git switch -c {branch}',
	'git commit -am "Configure {subject}"',
	'gh pr create --fill',
	'gh pr checks --watch',
	'kubectl get pods -n {teamId}-{service}',
	'kubectl describe deployment {service} -n {teamId}-{service}',
	'runway namespace status {teamId}-{service}',
	'runway logs {service} --since 15m',
	'runway secrets put {service}/database-url',
	'argocd app sync {service}-staging',
	'terraform plan -out plan.tfplan',
	'make test',
];

export const GOALS = [
	'Ship changes to {subject} without waiting on another team.',
	'Spend less than {hours} hours a week on {subject}.',
	'Know within minutes when something in {subject} breaks, and why.',
	'Get a new service to production in the first week.',
	'Keep the team focused on product work rather than platform chores.',
	'Understand what {subject} costs and who pays for it.',
	'Pass every compliance check without a last-minute scramble.',
	'Use {tool} the same way in every environment.',
];

export const NEEDS = [
	'A supported, documented way to set up {subject}.',
	'Clear ownership for every service and its alerts.',
	'Self-service access to {tool} for the whole team.',
	'Fast, reliable CI on every pull request.',
	'A preview of every change before it reaches production.',
	'One place to see the state of {subject} across services.',
	'Runbooks next to the alerts they belong to.',
];

export const FRUSTRATIONS = [
	'Waiting {days} days for a ticket about {subject}.',
	'Copying configuration for {subject} from another team and hoping it works.',
	'Alerts that page at night for things that fix themselves.',
	'Guides that describe a setup the platform retired a year ago.',
	'CI runs that fail for reasons unrelated to the change.',
];

export const QUOTES = [
	'I just want {subject} to work the same way everywhere.',
	'If it needs a ticket, it is not self-service.',
	'The hardest part is finding out who owns the thing.',
	'I spent longer on {subject} than on the feature itself.',
	'Tell me the supported way and I will use it.',
	'I would rather have one boring path than five clever ones.',
];

export const STEP_NAMES = [
	'Find the guide for {concern}',
	'Ask the {team} team for access',
	'Configure {tool}',
	'Open a pull request',
	'Wait for CI on {tool}',
	'Read the runbook',
	'Check dashboards in {tool}',
	'Request a {concern} change',
	'Compare settings with another team',
	'Run the service locally',
	'Promote the change to production',
	'Write the postmortem',
	'Review the alert history',
	'Update the service manifest',
	'Register the service in the catalog',
];

export const THOUGHTS = [
	'Which of these two guides is the current one?',
	'I have done this before, but I cannot remember how.',
	'Why does this need a ticket at all?',
	'This part is actually pleasant.',
	'I hope nobody else changed this at the same time.',
];

export const OPPORTUNITIES = [
	'A portal form that applies {concern} settings directly, with the change recorded.',
	'One guide linked from the portal home page, marked as the supported way.',
	'Defaults from the golden-path template so nobody has to set this up.',
	'An alert that names the owning team and links to the runbook.',
];

export const JOURNEY_TITLES = [
	'Set up {concern} for a new service',
	'Recover from a failed {concern} change',
	'Move a service to {tool}',
	'Onboard a team onto {tool}',
	'Debug {concern} in production',
	'Roll out {concern} across all services',
	'Ship a first change with {concern}',
	'Prepare a service for a {concern} audit',
];

export const DECISION_TITLES = [
	'Use {tool} for {subject}',
	'Adopt {tool} for {subject}',
	'Standardise {subject} on {tool}',
	'Replace {tool2} with {tool} for {subject}',
	'Run {subject} on {tool}',
	'Manage {subject} with {tool}',
	'Move {subject} from {tool2} to {tool}',
	'Self-service {subject} through {tool}',
];

export const ROADMAP_TITLES = [
	'Self-service {subject}',
	'{Subject} in the portal',
	'{Subject} on {tool}',
	'Automated {subject} for every team',
	'Faster {subject}',
	'{Subject} dashboard',
	'Golden path for {subject}',
	'{Subject} with {tool}',
	'One-click {subject}',
	'Unified {subject}',
];

export const GUIDE_TITLES = [
	'Set up {subject} with {tool}',
	'Add {subject} to your service',
	'Debug {subject} in production',
	'Get started with {tool}',
	'Migrate {subject} to {tool}',
	'Configure {subject} for a new team',
	'Understand {subject}',
	'Automate {subject} with {tool}',
	'Review {subject} before launch',
];

export const DECLINED_REASONS = [
	'The problem is real but small; {tool2} already covers most of it, and the effort is better spent elsewhere.',
	'Only {n} teams asked for it, and all of them are moving to the golden path, which removes the need.',
	'A vendor offering does this well enough, and building our own would take a team for a year.',
];
