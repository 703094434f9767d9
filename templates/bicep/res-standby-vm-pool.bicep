resource ${1:standbyPool} 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {
	name: '${2:standby-pool}'
	location: ${3:resourceGroup().location}
	properties: {
		attachedVirtualMachineScaleSetId: ${4:resourceId('Microsoft.Compute/virtualMachineScaleSets', 'my-scale-set')}
		virtualMachineState: '${5|Deallocated,Running,Hibernated|}'
		elasticityProfile: {
			maxReadyCapacity: ${6:10}
			minReadyCapacity: ${7:2}
		}
	}
}
