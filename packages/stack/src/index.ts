export { startFederation, type Federation, type FederationOptions } from './start-federation.js';
export { startServiceProcesses, type ServiceProcesses, type ServiceProcessesOptions } from './service-processes.js';
export { startChildService, type ChildService, type ChildServiceOptions } from './child-service.js';
export { freePort } from './free-port.js';
export { kubernetesManifests } from './kubernetes/kubernetes-manifests.js';
export { renderManifests } from './kubernetes/write-manifests.js';
