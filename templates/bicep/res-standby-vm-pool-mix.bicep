resource ${1:standbyPool} 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {
	name: '${2:standby-pool}'
	location: ${3:resourceGroup().location}
	properties: {
		attachedVirtualMachineScaleSetId: ${4:resourceId('Microsoft.Compute/virtualMachineScaleSets', 'my-scale-set')}
		virtualMachineState: 'Mix'
		// The three percentages must add up to 100.
		vmStateDistribution: {
			runningPercent: ${5:20}
			deallocatedPercent: ${6:80}
			hibernatedPercent: ${7:0}
		}
		elasticityProfile: {
			maxReadyCapacity: ${8:10}
			minReadyCapacity: ${9:2}
		}
	}
}
