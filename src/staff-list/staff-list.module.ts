import { Module } from '@nestjs/common';
import { TrackModule } from '../track/track.module.js';
import { StaffListController } from './staff-list.controller.js';
import { StaffListService } from './staff-list.service.js';

@Module({
  imports: [TrackModule],
  controllers: [StaffListController],
  providers: [StaffListService],
})
export class StaffListModule {}
